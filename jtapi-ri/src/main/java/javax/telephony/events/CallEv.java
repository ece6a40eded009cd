package javax.telephony.events;

import javax.telephony.Call;

/**
 * A JTAPI 1.2 observer event about a call.
 *
 * @deprecated since JTAPI 1.4, use the listener events.
 */
@Deprecated
public interface CallEv extends Ev {
    Call getCall();
}
