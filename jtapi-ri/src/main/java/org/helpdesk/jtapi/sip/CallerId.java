package org.helpdesk.jtapi.sip;

import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;

/** The caller's number from an inbound INVITE: P-Asserted-Identity, else From; "anonymous" when withheld. */
final class CallerId {
    static final String ANONYMOUS = "anonymous";

    private CallerId() {
    }

    static String of(Request invite) {
        javax.sip.header.Header asserted = invite.getHeader("P-Asserted-Identity");
        if (asserted instanceof HeaderAddress) {
            String number = number(((HeaderAddress) asserted).getAddress().getURI());
            if (number != null) {
                return number;
            }
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        String number = number(from.getAddress().getURI());
        return number == null ? ANONYMOUS : number;
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
