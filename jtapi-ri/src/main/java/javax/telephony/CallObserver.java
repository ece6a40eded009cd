package javax.telephony;

import javax.telephony.events.CallEv;

/**
 * The JTAPI 1.2 observer of a call.
 *
 * @deprecated since JTAPI 1.4, use the listener interfaces.
 */
@Deprecated
public interface CallObserver {
    void callChangedEvent(CallEv[] eventList);
}
