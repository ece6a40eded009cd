package javax.telephony;

/** Receives connection state events as well as call events. */
public interface ConnectionListener extends CallListener {
    void connectionAlerting(ConnectionEvent event);

    void connectionConnected(ConnectionEvent event);

    void connectionCreated(ConnectionEvent event);

    void connectionDisconnected(ConnectionEvent event);

    void connectionFailed(ConnectionEvent event);

    void connectionInProgress(ConnectionEvent event);

    void connectionUnknown(ConnectionEvent event);
}
