package javax.telephony.callcenter;

import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;

/** A call's connection to an ACD address. */
public interface ACDConnection extends Connection {
    ACDManagerConnection getACDManagerConnection() throws MethodNotSupportedException;
}
