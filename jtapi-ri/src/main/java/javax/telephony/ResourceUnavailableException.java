package javax.telephony;

/** A resource needed by the operation is not available. */
public class ResourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int UNKNOWN = 0;
    public static final int ORIGINATOR_UNAVAILABLE = 1;
    public static final int OBSERVER_LIMIT_EXCEEDED = 2;
    public static final int TRUNK_LIMIT_EXCEEDED = 3;
    public static final int OUTSTANDING_METHOD_EXCEEDED = 4;
    public static final int UNSPECIFIED_LIMIT_EXCEEDED = 5;
    public static final int NO_DIALTONE = 6;
    public static final int USER_RESPONSE = 7;

    private final int type;

    public ResourceUnavailableException(int type) {
        this.type = type;
    }

    public ResourceUnavailableException(int type, String s) {
        super(s);
        this.type = type;
    }

    public int getType() {
        return type;
    }
}
