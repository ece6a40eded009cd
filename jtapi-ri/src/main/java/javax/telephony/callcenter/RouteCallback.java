package javax.telephony.callcenter;

import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;

/** The application side of routing: asked where each call to a route address goes. */
public interface RouteCallback {
    void routeEvent(RouteEvent event);

    void reRouteEvent(ReRouteEvent event);

    void routeUsedEvent(RouteUsedEvent event);

    void routeEndEvent(RouteEndEvent event);

    void routeCallbackEndedEvent(RouteCallbackEndedEvent event);
}
