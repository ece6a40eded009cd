package javax.telephony.privatedata;

/**
 * Implementation-specific data on a JTAPI object, beyond what the specification names. What the data is, and which
 * objects carry it, is up to each implementation; applications that do not know it simply ignore it.
 */
public interface PrivateData {

    /** The implementation's data for this object, or null when it has none. */
    Object getPrivateData();

    /** Sends data to the implementation at once and returns its answer, or null. */
    Object sendPrivateData(Object data);

    /** Gives data to the implementation for the next method called on this object. */
    void setPrivateData(Object data);
}
