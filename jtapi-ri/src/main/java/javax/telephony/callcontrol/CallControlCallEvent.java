package javax.telephony.callcontrol;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/** A call event with the calling and called parties. */
public interface CallControlCallEvent extends CallControlEvent, CallEvent {
    Address getCalledAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getLastRedirectedAddress();
}
