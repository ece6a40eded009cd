package javax.telephony.callcontrol;

import javax.telephony.CallListener;

/** Marks a call listener that wants call-control events. */
public interface CallControlCallListener extends CallListener {
}
