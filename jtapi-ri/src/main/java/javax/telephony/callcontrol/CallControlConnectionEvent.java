package javax.telephony.callcontrol;

import javax.telephony.ConnectionEvent;

/** A connection event in the call-control state model. */
public interface CallControlConnectionEvent extends CallControlCallEvent, ConnectionEvent {
    int CALLCTL_CONNECTION_ALERTING = 353;
    int CALLCTL_CONNECTION_DIALING = 354;
    int CALLCTL_CONNECTION_DISCONNECTED = 355;
    int CALLCTL_CONNECTION_ESTABLISHED = 356;
    int CALLCTL_CONNECTION_FAILED = 357;
    int CALLCTL_CONNECTION_INITIATED = 358;
    int CALLCTL_CONNECTION_NETWORK_ALERTING = 359;
    int CALLCTL_CONNECTION_NETWORK_REACHED = 360;
    int CALLCTL_CONNECTION_OFFERED = 361;
    int CALLCTL_CONNECTION_QUEUED = 362;
    int CALLCTL_CONNECTION_UNKNOWN = 363;

    String getDigits();

    int getNumberInQueue();
}
