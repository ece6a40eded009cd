package org.helpdesk.jtapi.sip;

import javax.telephony.Event;
import javax.telephony.callcenter.CallCenterEvent;
import javax.telephony.callcontrol.CallControlEvent;

/**
 * Why a leg ended, translated from SIP (a final status code, a timeout, a BYE) into the JTAPI core cause
 * ({@link Event#getCause()}) and the call-control cause ({@link CallControlEvent#getCallControlCause()}).
 */
public enum SipCause {
    NORMAL(Event.CAUSE_NORMAL, Event.CAUSE_NORMAL),
    BUSY(Event.CAUSE_UNKNOWN, CallControlEvent.CAUSE_BUSY),
    NO_ANSWER(Event.CAUSE_UNKNOWN, CallControlEvent.CAUSE_CALL_NOT_ANSWERED),
    DECLINED(Event.CAUSE_CALL_CANCELLED, CallControlEvent.CAUSE_DO_NOT_DISTURB),
    CANCELLED(Event.CAUSE_CALL_CANCELLED, Event.CAUSE_CALL_CANCELLED),
    NOT_FOUND(Event.CAUSE_DEST_NOT_OBTAINABLE, Event.CAUSE_DEST_NOT_OBTAINABLE),
    INCOMPATIBLE(Event.CAUSE_INCOMPATIBLE_DESTINATION, Event.CAUSE_INCOMPATIBLE_DESTINATION),
    CONGESTION(Event.CAUSE_NETWORK_CONGESTION, CallControlEvent.CAUSE_TRUNKS_BUSY),
    UNREACHABLE(Event.CAUSE_NETWORK_NOT_OBTAINABLE, Event.CAUSE_NETWORK_NOT_OBTAINABLE),
    NO_AGENT(Event.CAUSE_RESOURCES_NOT_AVAILABLE, CallCenterEvent.CAUSE_NO_AVAILABLE_AGENTS),
    TRANSFERRED(Event.CAUSE_NORMAL, CallControlEvent.CAUSE_TRANSFER),
    UNKNOWN(Event.CAUSE_UNKNOWN, Event.CAUSE_UNKNOWN);

    private final int jtapiCause;
    private final int callControlCause;

    SipCause(int jtapiCause, int callControlCause) {
        this.jtapiCause = jtapiCause;
        this.callControlCause = callControlCause;
    }

    /** The cause for a final non-2xx response to an INVITE. */
    public static SipCause forStatus(int status) {
        switch (status) {
            case 486: case 600: return BUSY;
            case 480: case 408: return status == 480 ? NO_ANSWER : UNREACHABLE;
            case 603: return DECLINED;
            case 487: return CANCELLED;
            case 404: case 410: case 484: case 604: return NOT_FOUND;
            case 488: case 606: case 415: return INCOMPATIBLE;
            case 503: case 502: case 500: return CONGESTION;
            default: return status >= 300 ? UNKNOWN : NORMAL;
        }
    }

    public int jtapiCause() {
        return jtapiCause;
    }

    public int callControlCause() {
        return callControlCause;
    }
}
