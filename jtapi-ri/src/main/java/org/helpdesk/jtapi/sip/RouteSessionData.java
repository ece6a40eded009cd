package org.helpdesk.jtapi.sip;

/**
 * The keys of the map a route session's {@link javax.telephony.privatedata.PrivateData#getPrivateData()} returns:
 * what jtapi-ri knows about an inbound call beyond what JTAPI's {@code RouteEvent} can say. Applications that must
 * also run on a vendor's JTAPI read the map by these names without linking to this class.
 */
public final class RouteSessionData {
    /** {@code Boolean}: whether a trusted peer vouched for the calling address (see README, "Trusted peers"). */
    public static final String CALLER_ID_VERIFIED = "callerIdVerified";
    /** {@code String}: the IP address the INVITE came from. */
    public static final String SOURCE = "source";

    private RouteSessionData() {
    }
}
