package org.helpdesk.jtapi.sip;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;

/**
 * The JTAPI peer of the SIP reference implementation. {@code getProvider("SIP;listen=...")} starts a SIP stack
 * and returns a {@link javax.telephony.callcenter.CallCenterProvider}. Events run on the executor given to
 * {@link #SipJtapiPeer(ExecutorService)} (for example a Jakarta EE ManagedExecutorService), else on a private pool.
 */
public class SipJtapiPeer implements JtapiPeer {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ExecutorService executor;

    public SipJtapiPeer() {
        this(null);
    }

    public SipJtapiPeer(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public String getName() {
        return getClass().getName();
    }

    @Override
    public String[] getServices() {
        return new String[] {ProviderConfig.SERVICE};
    }

    @Override
    public Provider getProvider(String providerString) throws ProviderUnavailableException {
        ProviderConfig config = ProviderConfig.parse(providerString);
        ExecutorService pool = executor != null ? executor : Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "jtapi-sip-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new SipProviderImpl(ProviderConfig.SERVICE + "@" + config.host() + ":" + config.port(), config, pool,
                executor == null);
    }
}
