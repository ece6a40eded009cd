package javax.telephony.callcenter.events;

import javax.telephony.callcenter.RouteSession;

/** An event about a route session. */
public interface RouteSessionEvent {
    RouteSession getRouteSession();
}
