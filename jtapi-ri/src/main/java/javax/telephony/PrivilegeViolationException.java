package javax.telephony;

/** The application lacks the privilege for the operation. */
public class PrivilegeViolationException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int ORIGINATOR_VIOLATION = 0;
    public static final int DESTINATION_VIOLATION = 1;
    public static final int UNKNOWN_VIOLATION = 2;

    private final int type;

    public PrivilegeViolationException(int type) {
        this.type = type;
    }

    public PrivilegeViolationException(int type, String s) {
        super(s);
        this.type = type;
    }

    public int getType() {
        return type;
    }
}
