package javax.telephony.callcontrol;

import javax.telephony.Event;

/** A call-control event carries a call-control cause beside the core cause. */
public interface CallControlEvent extends Event {
    int CAUSE_ALTERNATE = 202;
    int CAUSE_BUSY = 203;
    int CAUSE_CALL_BACK = 204;
    int CAUSE_CALL_NOT_ANSWERED = 205;
    int CAUSE_CALL_PICKUP = 206;
    int CAUSE_CONFERENCE = 207;
    int CAUSE_DO_NOT_DISTURB = 208;
    int CAUSE_PARK = 209;
    int CAUSE_REDIRECTED = 210;
    int CAUSE_REORDER_TONE = 211;
    int CAUSE_TRANSFER = 212;
    int CAUSE_TRUNKS_BUSY = 213;
    int CAUSE_UNHOLD = 214;

    int getCallControlCause();
}
