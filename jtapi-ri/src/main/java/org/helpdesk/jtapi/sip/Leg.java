package org.helpdesk.jtapi.sip;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
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
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * One SIP dialog between the controller and one phone, as caller (UAC) or as callee (UAS). Every entry point hops
 * onto the owning call's serial executor; the {@link Listener} is told about progress on that executor.
 */
final class Leg {
    private static final Logger LOG = Logger.getLogger(Leg.class.getName());

    enum State { IDLE, CALLING, EARLY, CONFIRMED, ENDED }

    private final SipEndpoint sip;
    private final Executor control;
    private final LegListener listener;
    private final Timers timers;
    private final LegMessages messages;
    private State state = State.IDLE;
    private String callId;
    private Dialog dialog;
    private ClientTransaction invite;
    private ServerTransaction inboundInvite;
    private long pendingAck = -1;
    private String remoteOffer;
    private long initialCseq = 1;
    private boolean heardBack;
    private boolean cancelWanted;
    private boolean cancelSent;
    private boolean authenticated;
    private final List<Timers.Handle> pending = new ArrayList<>();

    Leg(SipEndpoint sip, Executor control, Timers timers, LegListener listener) {
        this.sip = sip;
        this.control = control;
        this.timers = timers;
        this.listener = listener;
        this.messages = new LegMessages(sip);
    }

    State state() {
        return state;
    }

    boolean isEnded() {
        return state == State.ENDED;
    }

    /** Sends the initial INVITE (no SDP: RFC 3725 flow III) to {@code target}, with an optional Alert-Info. */
    void invite(String target, String sdp, String alertInfo) {
        invite(target, sdp, alertInfo, sip.config.ringTimeout());
    }

    /** As {@link #invite(String, String, String)}, cancelling after {@code ringTime} without an answer. */
    void invite(String target, String sdp, String alertInfo, java.time.Duration ringTime) {
        try {
            SipURI uri = (SipURI) sip.addresses.createURI(target);
            String transport = uri.getTransportParam() != null ? uri.getTransportParam() : sip.config.transport();
            callId = sip.provider().getNewCallId().getCallId();
            Request request = messages.invite(uri, transport, callId, initialCseq, alertInfo, sdp);
            sip.register(callId, this);
            invite = sip.provider().getNewClientTransaction(request);
            dialog = invite.getDialog();
            state = State.CALLING;
            invite.sendRequest();
            pending.add(timers.after(sip.config.setupTimeout(), control, this::setupExpired));
            pending.add(timers.after(ringTime, control, this::ringExpired));
        } catch (ParseException | SipException | InvalidArgumentException | ClassCastException e) {
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
            messages.body(ack, sdp);
            dialog.sendAck(ack);
            pendingAck = -1;
        } catch (SipException | InvalidArgumentException | ParseException e) {
            LOG.log(Level.WARNING, "Cannot ACK on " + callId, e);
        }
    }

    /** Sends a re-INVITE carrying {@code sdp} (an offer from the other phone). */
    void reinvite(String sdp) {
        try {
            Request request = dialog.createRequest(Request.INVITE);
            request.setHeader(messages.contact(LegMessages.transportOf(request)));
            messages.body(request, sdp);
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
            String sdp = LegMessages.text(response);
            remoteOffer = initial ? sdp : null;
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
        } else if (initial && (status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED)
                && !cancelWanted && retryWithCredentials(response)) {
            LOG.fine(() -> "INVITE on " + callId + " re-sent with credentials after " + status);
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
            listener.acked(this, LegMessages.text(request));
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
            } else {
                transaction.sendResponse(messages.ok(request));
            }
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot answer " + method + " on " + callId, e);
        }
    }

    private boolean respond(int status, String sdp) {
        try {
            inboundInvite.sendResponse(messages.answer(inboundInvite.getRequest(), status, sdp));
            return true;
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot send " + status + " on " + callId, e);
            return false;
        }
    }

    /** Re-sends the INVITE with digest credentials, once; false when there are none or it was tried. */
    private boolean retryWithCredentials(Response challenge) {
        if (authenticated) {
            return false;
        }
        try {
            ClientTransaction retry = sip.authenticate(challenge, invite);
            if (retry == null) {
                return false;
            }
            authenticated = true;
            invite = retry;
            dialog = retry.getDialog();
            initialCseq = ((CSeqHeader) retry.getRequest().getHeader(CSeqHeader.NAME)).getSeqNumber();
            retry.sendRequest();
            return true;
        } catch (SipException e) {
            LOG.log(Level.WARNING, "Cannot answer the challenge on " + callId, e);
            return false;
        }
    }

    private void sendCancel() {
        try {
            if (invite != null && state != State.ENDED && !cancelSent) {
                cancelSent = true;
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
                if (pendingAck >= 0) {
                    ack(remoteOffer == null ? null : Sdp.blackHole(remoteOffer));
                }
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
            try {
                invite.terminate();
            } catch (javax.sip.ObjectInUseException e) {
                LOG.log(Level.FINE, "INVITE transaction busy", e);
            }
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
}
