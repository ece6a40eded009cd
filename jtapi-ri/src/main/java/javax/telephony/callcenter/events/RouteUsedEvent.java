package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;

/** The route the provider used for the call. */
public interface RouteUsedEvent extends RouteSessionEvent {
    Terminal getRouteUsed();

    Terminal getCallingTerminal();

    Address getCallingAddress();

    boolean getDomain();
}
