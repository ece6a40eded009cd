package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;

/** An address that manages several ACD addresses. */
public interface ACDManagerAddress extends CallCenterAddress {
    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;
}
