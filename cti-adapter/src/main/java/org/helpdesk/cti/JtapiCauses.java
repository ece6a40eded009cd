package org.helpdesk.cti;

import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlEvent;
import org.helpdesk.dialer.EndCause.Failure;

/** What a JTAPI failure cause means for the dialer: busy, no answer, declined, or not reachable at all. */
final class JtapiCauses {

    private JtapiCauses() {
    }

    static Failure failure(Event event) {
        int callControl = event instanceof CallControlEvent control ? control.getCallControlCause() : -1;
        int core = event.getCause();
        if (callControl == CallControlEvent.CAUSE_BUSY) {
            return Failure.BUSY;
        }
        if (callControl == CallControlEvent.CAUSE_CALL_NOT_ANSWERED) {
            return Failure.NO_ANSWER;
        }
        if (callControl == CallControlEvent.CAUSE_DO_NOT_DISTURB || core == Event.CAUSE_CALL_CANCELLED) {
            return Failure.DECLINED;
        }
        return Failure.UNREACHABLE;
    }
}
