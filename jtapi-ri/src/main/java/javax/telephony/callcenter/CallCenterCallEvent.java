package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallEvent;
import javax.telephony.Terminal;

/** A call event with the parties and the application data. */
public interface CallCenterCallEvent extends CallCenterEvent, CallEvent {
    int CALLCENT_CALL_APPLICATION_DATA_EVENT = 316;

    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getCalledAddress();

    Address getLastRedirectedAddress();

    Object getApplicationData();
}
