package javax.telephony;

/** The provider is not available (not in service, unknown service, bad provider string). */
public class ProviderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int CAUSE_UNKNOWN = 160;
    public static final int CAUSE_NOT_IN_SERVICE = 161;
    public static final int CAUSE_INVALID_SERVICE = 162;
    public static final int CAUSE_INVALID_ARGUMENT = 163;

    private final int cause;

    public ProviderUnavailableException() {
        this(CAUSE_UNKNOWN);
    }

    public ProviderUnavailableException(int cause) {
        this.cause = cause;
    }

    public ProviderUnavailableException(String s) {
        this(CAUSE_UNKNOWN, s);
    }

    public ProviderUnavailableException(int cause, String s) {
        super(s);
        this.cause = cause;
    }

    public int getReason() {
        return cause;
    }
}
