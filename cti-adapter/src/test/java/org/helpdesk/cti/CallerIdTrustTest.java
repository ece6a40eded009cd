package org.helpdesk.cti;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javax.telephony.callcenter.RouteAddress;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.privatedata.PrivateData;
import org.junit.jupiter.api.Test;

/**
 * Which caller IDs the adapter believes. The JTAPI implementation's own word wins (jtapi-ri's is tested end to end
 * in DialerIT); the sessions here stand in for vendors' JTAPI jars, which we cannot run.
 */
class CallerIdTrustTest {

    /** A vendor's route session: standard JTAPI only. */
    private static class VendorSession implements RouteSession {
        @Override public RouteAddress getRouteAddress() { return null; }
        @Override public void selectRoute(String[] routeSelected) { }
        @Override public void endRoute(int errorValue) { }
        @Override public int getState() { return ROUTE; }
        @Override public int getCause() { return CAUSE_NO_ERROR; }
    }

    /** A route session with private data, as jtapi-ri's or another vendor's. */
    private static final class SessionSaying extends VendorSession implements PrivateData {
        private final Object data;

        SessionSaying(Object data) {
            this.data = data;
        }

        @Override
        public Object getPrivateData() {
            if (data instanceof RuntimeException refusal) {
                throw refusal;
            }
            return data;
        }

        @Override public Object sendPrivateData(Object sent) { return null; }
        @Override public void setPrivateData(Object given) { }
    }

    @Test
    void theImplementationsWordWinsOverTheOperatorsDeclaration() {
        assertFalse(new CallerIdTrust(true).verified(new SessionSaying(Map.of(CallerIdTrust.VERIFIED, false))));
        assertTrue(new CallerIdTrust(false).verified(new SessionSaying(Map.of(CallerIdTrust.VERIFIED, true))));
    }

    @Test
    void aJtapiThatSaysNothingIsBelievedOnlyWhenTheOperatorDeclaresItTrusted() {
        assertFalse(new CallerIdTrust(false).verified(new VendorSession()));
        assertTrue(new CallerIdTrust(true).verified(new VendorSession()));
        assertFalse(new CallerIdTrust(false).verified(new SessionSaying("vendor-specific")));
        assertFalse(new CallerIdTrust(false).verified(new SessionSaying(Map.of(CallerIdTrust.VERIFIED, "yes"))));
        assertFalse(new CallerIdTrust(false).verified(new SessionSaying(new UnsupportedOperationException())));
    }
}
