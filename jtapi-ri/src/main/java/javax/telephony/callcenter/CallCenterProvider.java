package javax.telephony.callcenter;

import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;

/** A provider with ACD, ACD manager and routing addresses. */
public interface CallCenterProvider extends Provider {
    RouteAddress[] getRouteableAddresses() throws MethodNotSupportedException;

    ACDAddress[] getACDAddresses() throws MethodNotSupportedException;

    ACDManagerAddress[] getACDManagerAddresses() throws MethodNotSupportedException;
}
