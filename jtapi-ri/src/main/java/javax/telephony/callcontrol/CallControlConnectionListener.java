package javax.telephony.callcontrol;

import javax.telephony.ConnectionListener;

/** Receives connection events in the call-control state model. */
public interface CallControlConnectionListener extends CallControlCallListener, ConnectionListener {
    void connectionAlerting(CallControlConnectionEvent event);

    void connectionDialing(CallControlConnectionEvent event);

    void connectionDisconnected(CallControlConnectionEvent event);

    void connectionEstablished(CallControlConnectionEvent event);

    void connectionFailed(CallControlConnectionEvent event);

    void connectionInitiated(CallControlConnectionEvent event);

    void connectionNetworkAlerting(CallControlConnectionEvent event);

    void connectionNetworkReached(CallControlConnectionEvent event);

    void connectionOffered(CallControlConnectionEvent event);

    void connectionQueued(CallControlConnectionEvent event);

    void connectionUnknown(CallControlConnectionEvent event);
}
