package javax.telephony.callcenter.events;

/** The route session ended. */
public interface RouteEndEvent extends RouteSessionEvent {
}
