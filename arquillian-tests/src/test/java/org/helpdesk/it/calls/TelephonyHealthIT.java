package org.helpdesk.it.calls;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.helpdesk.it.Api;
import org.helpdesk.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health endpoint reports the telephony, and the CTI adapter keeps trying to open its provider: here the SIP
 * port is taken by someone else when the server starts, so the provider cannot open until it is freed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TelephonyHealthIT {

    private static final int SIP_PORT = DialerIT.BASE + 40;
    /** Held from before the deployment until the test frees it. */
    private static DatagramSocket squatter;

    private final Api anonymous = Api.local();

    @Deployment(testable = false)
    static WebArchive helpdesk() throws SocketException {
        squatter = new DatagramSocket(SIP_PORT, InetAddress.getLoopbackAddress());
        Map<String, String> configuration = new HashMap<>(Deployments.GENEROUS_LIMITS);
        configuration.put("helpdesk.jtapi.provider", "SIP;listen=127.0.0.1:" + SIP_PORT
                + ";terminal.7199=sip:7199@127.0.0.1:" + (SIP_PORT + 1));
        return Deployments.helpdesk(configuration);
    }

    private String telephony() {
        return anonymous.get("api/health").json().getString("telephony");
    }

    @Test
    void providerThatCannotOpenIsReportedAndOpenedOnceItCan() {
        assertEquals("OUT_OF_SERVICE", telephony(), "the SIP port is taken");
        assertEquals(200, anonymous.get("api/health").status(), "requests are still taken without telephony");

        squatter.close();

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> "IN_SERVICE".equals(telephony()));
    }
}
