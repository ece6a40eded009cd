package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteAddress;

/** The provider no longer calls the callback for this address. */
public interface RouteCallbackEndedEvent {
    RouteAddress getRouteAddress();
}
