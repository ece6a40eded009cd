package javax.telephony.callcenter;

import javax.telephony.Event;

/** An event with a call-centre cause. */
public interface CallCenterEvent extends Event {
    int CAUSE_NO_AVAILABLE_AGENTS = 302;

    int getCallCenterCause();
}
