package org.helpdesk.cti;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.privatedata.PrivateData;

/**
 * Whether a routed call's caller ID can be believed. JTAPI has no word for it, so the implementation says so in the
 * route session's private data (JTAPI's {@link PrivateData}, which every JTAPI 1.2 jar has): jtapi-ri answers a map
 * whose {@value #VERIFIED} is a {@code Boolean}. A JTAPI that says nothing (a vendor's jar) is believed only when the
 * operator declares the telephone system trusted ({@code HELPDESK_JTAPI_CALLER_ID_TRUSTED}), since only the
 * operator knows whether it lets callers choose their number.
 */
final class CallerIdTrust {
    /** The private-data key jtapi-ri answers with (its {@code RouteSessionData.CALLER_ID_VERIFIED}). */
    static final String VERIFIED = "callerIdVerified";

    private static final Logger LOG = Logger.getLogger(CallerIdTrust.class.getName());

    private final boolean trustedWithoutWord;

    /** @param trustedWithoutWord what to believe of a JTAPI that does not say: the operator's declaration */
    CallerIdTrust(boolean trustedWithoutWord) {
        this.trustedWithoutWord = trustedWithoutWord;
    }

    boolean verified(RouteSession session) {
        if (session instanceof PrivateData data) {
            try {
                if (data.getPrivateData() instanceof Map<?, ?> said && said.get(VERIFIED) instanceof Boolean verified) {
                    return verified;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The JTAPI implementation has no private data on route sessions", e);
            }
        }
        return trustedWithoutWord;
    }
}
