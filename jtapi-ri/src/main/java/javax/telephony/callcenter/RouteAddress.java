package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;

/** An address whose calls an application routes through a {@link RouteCallback}. */
public interface RouteAddress extends Address {
    String ALL_ROUTE_ADDRESS = "AllRouteAddress";

    void registerRouteCallback(RouteCallback routeCallback)
            throws ResourceUnavailableException, MethodNotSupportedException;

    void cancelRouteCallback(RouteCallback routeCallback) throws MethodNotSupportedException;

    RouteCallback[] getRouteCallback() throws MethodNotSupportedException;

    RouteSession[] getActiveRouteSessions() throws MethodNotSupportedException;
}
