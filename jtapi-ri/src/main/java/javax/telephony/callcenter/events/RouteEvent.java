package javax.telephony.callcenter.events;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcenter.RouteAddress;

/** A call needs a route: the callback answers with {@code RouteSession.selectRoute}. */
public interface RouteEvent extends RouteSessionEvent {
    int SELECT_NORMAL = 0;
    int SELECT_LEAST_COST = 1;
    int SELECT_EMERGENCY = 2;
    int SELECT_ACD = 3;
    int SELECT_USER_DEFINED = 4;

    RouteAddress getCurrentRouteAddress();

    Address getCallingAddress();

    Terminal getCallingTerminal();

    int getRouteSelectAlgorithm();

    String getSetupInformation();
}
