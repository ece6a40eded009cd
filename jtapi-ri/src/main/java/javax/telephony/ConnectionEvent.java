package javax.telephony;

/** An event about a connection's state. */
public interface ConnectionEvent extends CallEvent {
    int CONNECTION_ALERTING = 104;
    int CONNECTION_CONNECTED = 105;
    int CONNECTION_CREATED = 106;
    int CONNECTION_DISCONNECTED = 107;
    int CONNECTION_FAILED = 108;
    int CONNECTION_IN_PROGRESS = 109;
    int CONNECTION_UNKNOWN = 110;

    Connection getConnection();
}
