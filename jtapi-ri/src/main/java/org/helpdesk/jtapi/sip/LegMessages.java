package org.helpdesk.jtapi.sip;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Builds the messages of one leg: the initial INVITE, responses as callee, the Contact header, and SDP bodies
 * re-stamped with this leg's own origin line and a version that rises with each SDP sent (RFC 3264).
 */
final class LegMessages {
    private final SipEndpoint sip;
    private final long sessionId = System.nanoTime() & 0xffffffffL;
    private final String localTag = UUID.randomUUID().toString().substring(0, 8);
    private long sdpVersion;
    private String lastLocalSdp;

    LegMessages(SipEndpoint sip) {
        this.sip = sip;
    }

    Request invite(SipURI target, String transport, String callId, long cseq, String alertInfo, String sdp)
            throws ParseException, InvalidArgumentException {
        SipURI me = sip.addresses.createSipURI(sip.config.callerId(), sip.config.host());
        me.setPort(sip.config.port());
        Request request = sip.messages.createRequest(target, Request.INVITE, sip.headers.createCallIdHeader(callId),
                sip.headers.createCSeqHeader(cseq, Request.INVITE),
                sip.headers.createFromHeader(sip.addresses.createAddress(me), localTag),
                sip.headers.createToHeader(sip.addresses.createAddress(target), null),
                List.of(sip.headers.createViaHeader(sip.config.host(), sip.config.port(), transport, null)),
                sip.headers.createMaxForwardsHeader(70));
        request.addHeader(contact(transport));
        if (alertInfo != null) {
            request.addHeader(sip.headers.createHeader("Alert-Info", alertInfo));
        }
        body(request, sdp);
        return request;
    }

    /** A response to the inbound INVITE, with our To tag and Contact. */
    Response answer(Request invite, int status, String sdp) throws ParseException {
        Response response = sip.messages.createResponse(status, invite);
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(localTag);
        response.addHeader(contact(transportOf(invite)));
        body(response, sdp);
        return response;
    }

    /** A 200 OK to an in-dialog request; a re-INVITE gets the SDP we sent last (no change of session). */
    Response ok(Request request) throws ParseException {
        Response ok = sip.messages.createResponse(Response.OK, request);
        if (Request.INVITE.equals(request.getMethod())) {
            ok.addHeader(contact(transportOf(request)));
            if (lastLocalSdp != null) {
                ok.setContent(lastLocalSdp, sdpType());
            }
        }
        return ok;
    }

    void body(Message message, String sdp) throws ParseException {
        if (sdp != null) {
            lastLocalSdp = Sdp.stamp(sdp, sessionId, ++sdpVersion, sip.config.host());
            message.setContent(lastLocalSdp, sdpType());
        }
    }

    ContactHeader contact(String transport) throws ParseException {
        SipURI me = sip.addresses.createSipURI(sip.config.callerId(), sip.config.host());
        me.setPort(sip.config.port());
        me.setTransportParam(transport);
        return sip.headers.createContactHeader(sip.addresses.createAddress(me));
    }

    private ContentTypeHeader sdpType() throws ParseException {
        return sip.headers.createContentTypeHeader("application", "sdp");
    }

    static String transportOf(Request request) {
        return ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport().toLowerCase();
    }

    static String text(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }
}
