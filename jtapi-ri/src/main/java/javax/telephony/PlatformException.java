package javax.telephony;

/** An unexpected, implementation-specific failure. */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlatformException() {
        super();
    }

    public PlatformException(String s) {
        super(s);
    }
}
