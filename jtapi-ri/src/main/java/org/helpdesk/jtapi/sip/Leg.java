package org.helpdesk.jtapi.sip;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One SIP dialog between the controller and one phone, as caller (UAC) or as callee (UAS). Every entry point hops
 * onto the owning call's serial executor; the {@link Listener} is told about progress on that executor.
 */
final class Leg {
    private static final Logger LOG = Logger.getLogger(Leg.class.getName());

    /** What a call's flow hears from a leg. All methods run on the call's control executor. */
    interface Listener {
        void ringing(Leg leg);

        void answered(Leg leg, String sdp);

        void failed(Leg leg, SipCause cause);

        void reinviteAnswered(Leg leg, String sdp);

        void hungUp(Leg leg, SipCause cause);

        default void acked(Leg leg) {
        }
    }

    enum State { IDLE, CALLING, EARLY, CONFIRMED, ENDED }

    private final SipEndpoint sip;
    private final Executor control;
    private final Listener listener;
    private final Timers timers;
    private final long sessionId = System.nanoTime() & 0xffffffffL;
    private long sdpVersion;
    private State state = State.IDLE;
    private String callId;
    private Dialog dialog;
    private ClientTransaction invite;
    private ServerTransaction inboundInvite;
    private String localTag;
    private String lastLocalSdp;
    private long pendingAck = -1;
    private long initialCseq = 1;
    private boolean heardBack;
    private boolean cancelWanted;
    private final List<Timers.Handle> pending = new ArrayList<>();

    Leg(SipEndpoint sip, Executor control, Timers timers, Listener listener) {
        this.sip = sip;
        this.control = control;
        this.timers = timers;
        this.listener = listener;
    }

    State state() {
        return state;
    }

    boolean isEnded() {
        return state == State.ENDED;
    }

    /** Sends the initial INVITE (no SDP: RFC 3725 flow III) to {@code target}, with an optional Alert-Info. */
    void invite(String target, String sdp, String alertInfo) {
        try {
            SipURI uri = (SipURI) sip.addresses.createURI(target);
            String transport = uri.getTransportParam() != null ? uri.getTransportParam() : sip.config.transport();
            callId = sip.provider().getNewCallId().getCallId();
            localTag = tag();
            SipURI me = sip.addresses.createSipURI(sip.config.callerId(), sip.config.host());
            me.setPort(sip.config.port());
            Request request = sip.messages.createRequest(uri, Request.INVITE, sip.headers.createCallIdHeader(callId),
                    sip.headers.createCSeqHeader(initialCseq, Request.INVITE),
                    sip.headers.createFromHeader(sip.addresses.createAddress(me), localTag),
                    sip.headers.createToHeader(sip.addresses.createAddress(uri), null),
                    List.of(sip.headers.createViaHeader(sip.config.host(), sip.config.port(), transport, null)),
                    sip.headers.createMaxForwardsHeader(70));
            request.addHeader(contact(transport));
            if (alertInfo != null) {
                request.addHeader(sip.headers.createHeader("Alert-Info", alertInfo));
            }
            body(request, sdp);
            sip.register(callId, this);
            invite = sip.provider().getNewClientTransaction(request);
            dialog = invite.getDialog();
            state = State.CALLING;
            invite.sendRequest();
            pending.add(timers.after(sip.config.setupTimeout(), control, this::setupExpired));
            pending.add(timers.after(sip.config.ringTimeout(), control, this::ringExpired));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot call " + target, e);
            end();
            control.execute(() -> listener.failed(this, SipCause.UNREACHABLE));
        }
    }

    /** Takes over an inbound INVITE: this leg is the callee side of the caller's dialog. */
    void accept(Request request, ServerTransaction transaction) {
        callId = SipEndpoint.callId(request);
        inboundInvite = transaction;
        dialog = transaction.getDialog();
        localTag = tag();
        state = State.EARLY;
        sip.register(callId, this);
    }

    /** ACKs the 2xx this leg is waiting on (initial INVITE or re-INVITE), with {@code sdp} when it answers an offer. */
    void ack(String sdp) {
        if (pendingAck < 0 || dialog == null) {
            return;
        }
        try {
            Request ack = dialog.createAck(pendingAck);
            body(ack, sdp);
            dialog.sendAck(ack);
            pendingAck = -1;
        } catch (SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot ACK on " + callId, e);
        }
    }

    /** Sends a re-INVITE carrying {@code sdp} (an offer from the other phone). */
    void reinvite(String sdp) {
        try {
            Request request = dialog.createRequest(Request.INVITE);
            request.setHeader(contact(transportOf(request)));
            body(request, sdp);
            dialog.sendRequest(sip.provider().getNewClientTransaction(request));
        } catch (SipException | ParseException e) {
            LOG.log(Level.WARNING, "Cannot re-INVITE on " + callId, e);
            control.execute(() -> listener.hungUp(this, SipCause.UNKNOWN));
        }
    }

    /** UAS: a provisional response (180 Ringing). */
    void provisional(int status) {
        respond(status, null);
    }

    /** UAS: answers the inbound INVITE with {@code sdp}. */
    void answer(String sdp) {
        if (state == State.EARLY && respond(Response.OK, sdp)) {
            state = State.CONFIRMED;
        }
    }

    /** Releases the leg whatever its state: CANCEL, BYE or a final error response (UAS). */
    void hangUp(int uasStatus) {
        switch (state) {
            case CALLING:
                cancelWanted = true;
                if (heardBack) {
                    sendCancel();
                }
                break;
            case EARLY:
                if (inboundInvite != null) {
                    respond(uasStatus, null);
                    end();
                } else {
                    cancelWanted = true;
                    sendCancel();
                }
                break;
            case CONFIRMED:
                sendBye();
                break;
            default:
                break;
        }
    }

    void onResponse(ResponseEvent event) {
        control.execute(() -> response(event.getResponse()));
    }

    void onRequest(RequestEvent event, ServerTransaction transaction) {
        control.execute(() -> request(event.getRequest(), transaction));
    }

    void onTimeout(String method) {
        control.execute(() -> {
            if (Request.INVITE.equals(method) && (state == State.CALLING || state == State.EARLY)) {
                if (!cancelWanted) {
                    listener.failed(this, SipCause.UNREACHABLE);
                }
                end();
            } else if (Request.INVITE.equals(method) && state == State.CONFIRMED) {
                listener.hungUp(this, SipCause.UNREACHABLE);
                sendBye();
            }
        });
    }

    private void response(Response response) {
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (!Request.INVITE.equals(cseq.getMethod()) || state == State.ENDED) {
            return;
        }
        int status = response.getStatusCode();
        heardBack = true;
        boolean initial = inboundInvite == null && cseq.getSeqNumber() == initialCseq;
        if (initial && status >= 200 && state == State.CONFIRMED) {
            return;
        }
        if (status < 200) {
            if (cancelWanted) {
                sendCancel();
            } else if (status > 100 && state == State.CALLING) {
                state = State.EARLY;
                listener.ringing(this);
            }
        } else if (status < 300) {
            dialog = dialog != null ? dialog : invite.getDialog();
            pendingAck = cseq.getSeqNumber();
            String sdp = text(response);
            if (!initial) {
                listener.reinviteAnswered(this, sdp);
            } else if (cancelWanted) {
                state = State.CONFIRMED;
                ack(sdp == null ? null : Sdp.blackHole(sdp));
                sendBye();
            } else {
                state = State.CONFIRMED;
                cancelTimers();
                listener.answered(this, sdp);
            }
        } else if (initial) {
            boolean wanted = cancelWanted;
            end();
            if (!wanted) {
                listener.failed(this, SipCause.forStatus(status));
            }
        } else {
            LOG.warning(() -> "re-INVITE on " + callId + " refused with " + status);
            listener.hungUp(this, SipCause.forStatus(status));
            sendBye();
        }
    }

    private void request(Request request, ServerTransaction transaction) {
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            listener.acked(this);
            return;
        }
        try {
            if (Request.BYE.equals(method)) {
                transaction.sendResponse(sip.messages.createResponse(Response.OK, request));
                if (state != State.ENDED) {
                    end();
                    listener.hungUp(this, SipCause.NORMAL);
                }
            } else if (Request.CANCEL.equals(method)) {
                transaction.sendResponse(sip.messages.createResponse(Response.OK, request));
                if (state == State.EARLY && inboundInvite != null) {
                    respond(Response.REQUEST_TERMINATED, null);
                    end();
                    listener.hungUp(this, SipCause.CANCELLED);
                }
            } else if (Request.INVITE.equals(method)) {
                Response ok = sip.messages.createResponse(Response.OK, request);
                ok.addHeader(contact(sip.config.transport()));
                if (lastLocalSdp != null) {
                    ok.setContent(lastLocalSdp, sdpType());
                }
                transaction.sendResponse(ok);
            } else {
                transaction.sendResponse(sip.messages.createResponse(Response.OK, request));
            }
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot answer " + method + " on " + callId, e);
        }
    }

    private boolean respond(int status, String sdp) {
        try {
            Response response = sip.messages.createResponse(status, inboundInvite.getRequest());
            ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(localTag);
            response.addHeader(contact(transportOf(inboundInvite.getRequest())));
            body(response, sdp);
            inboundInvite.sendResponse(response);
            return true;
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot send " + status + " on " + callId, e);
            return false;
        }
    }

    private void sendCancel() {
        try {
            if (invite != null && state != State.ENDED) {
                sip.provider().getNewClientTransaction(invite.createCancel()).sendRequest();
                cancelTimers();
            }
        } catch (SipException e) {
            LOG.log(Level.FINE, "CANCEL not possible on " + callId, e);
        }
    }

    private void sendBye() {
        try {
            if (dialog != null && state != State.ENDED) {
                Request bye = dialog.createRequest(Request.BYE);
                dialog.sendRequest(sip.provider().getNewClientTransaction(bye));
            }
        } catch (SipException e) {
            LOG.log(Level.WARNING, "Cannot send BYE on " + callId, e);
        }
        end();
    }

    private void setupExpired() {
        if (state == State.CALLING && !heardBack) {
            invite.terminate();
            end();
            listener.failed(this, SipCause.UNREACHABLE);
        }
    }

    private void ringExpired() {
        if (state == State.CALLING || state == State.EARLY && inboundInvite == null) {
            hangUp(Response.REQUEST_TERMINATED);
            listener.failed(this, SipCause.NO_ANSWER);
        }
    }

    private void end() {
        state = State.ENDED;
        cancelTimers();
        if (callId != null) {
            sip.unregister(callId);
        }
    }

    private void cancelTimers() {
        pending.forEach(Timers.Handle::cancel);
        pending.clear();
    }

    private void body(javax.sip.message.Message message, String sdp) throws ParseException {
        if (sdp != null) {
            lastLocalSdp = Sdp.stamp(sdp, sessionId, ++sdpVersion, sip.config.host());
            message.setContent(lastLocalSdp, sdpType());
        }
    }

    private ContentTypeHeader sdpType() throws ParseException {
        return sip.headers.createContentTypeHeader("application", "sdp");
    }

    private javax.sip.header.ContactHeader contact(String transport) throws ParseException {
        SipURI me = sip.addresses.createSipURI(sip.config.callerId(), sip.config.host());
        me.setPort(sip.config.port());
        me.setTransportParam(transport);
        return sip.headers.createContactHeader(sip.addresses.createAddress(me));
    }

    private static String transportOf(Request request) {
        return ((ViaHeader) request.getHeader(ViaHeader.NAME)).getTransport().toLowerCase();
    }

    static String text(javax.sip.message.Message message) {
        byte[] raw = message.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
