package javax.telephony.callcenter.events;

/** The selected route failed: the callback may select another. */
public interface ReRouteEvent extends RouteSessionEvent {
}
