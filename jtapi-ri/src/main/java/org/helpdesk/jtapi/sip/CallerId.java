package org.helpdesk.jtapi.sip;

import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;

/**
 * The caller's number from an inbound INVITE, and whether we can believe it.
 *
 * <p>Anyone can write any number into a SIP message. {@code P-Asserted-Identity} (RFC 3325) is a trusted network's
 * word on who called, so it is read only from a trusted peer (the trunk, or one listed in {@code trusted=}); the
 * same peer's {@code From} is its word too. From anybody else the number is the {@code From} user, and it is
 * unverified: the call may be routed, but the number proves nothing about who is calling.
 *
 * @param number the number, or {@value #ANONYMOUS} when withheld
 * @param verified whether a trusted peer vouched for the number
 */
record CallerId(String number, boolean verified) {
    static final String ANONYMOUS = "anonymous";

    static CallerId of(Request invite, boolean fromTrustedPeer) {
        javax.sip.header.Header asserted = invite.getHeader("P-Asserted-Identity");
        if (fromTrustedPeer && asserted instanceof HeaderAddress) {
            String number = number(((HeaderAddress) asserted).getAddress().getURI());
            if (number != null) {
                return new CallerId(number, true);
            }
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        String number = number(from.getAddress().getURI());
        return new CallerId(number == null ? ANONYMOUS : number, fromTrustedPeer);
    }

    private static String number(URI uri) {
        if (uri instanceof TelURL) {
            return ((TelURL) uri).getPhoneNumber();
        }
        if (uri instanceof SipURI) {
            SipURI sip = (SipURI) uri;
            String user = sip.getUser();
            if (user == null || user.isBlank() || user.equalsIgnoreCase(ANONYMOUS)
                    || "anonymous.invalid".equalsIgnoreCase(sip.getHost())) {
                return null;
            }
            return user;
        }
        return null;
    }
}
