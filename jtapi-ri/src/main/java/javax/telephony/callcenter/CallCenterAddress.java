package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.CallListener;
import javax.telephony.CallObserver;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;

/** An address whose call listeners may stay with a call after it leaves the address. */
@SuppressWarnings("deprecation")
public interface CallCenterAddress extends Address {
    void addCallObserver(CallObserver observer, boolean remain) throws ResourceUnavailableException,
            PrivilegeViolationException, MethodNotSupportedException;

    void addCallListener(CallListener listener, boolean remain) throws ResourceUnavailableException,
            PrivilegeViolationException, MethodNotSupportedException;
}
