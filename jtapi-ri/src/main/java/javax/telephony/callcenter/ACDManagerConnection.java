package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/** A call's connection to an ACD manager address. */
public interface ACDManagerConnection extends Connection {
    ACDConnection[] getACDConnections() throws MethodNotSupportedException;
}
