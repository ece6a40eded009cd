package javax.telephony;

/** The implementation does not support the method called. */
public class MethodNotSupportedException extends Exception {
    private static final long serialVersionUID = 1L;

    public MethodNotSupportedException() {
        super();
    }

    public MethodNotSupportedException(String s) {
        super(s);
    }
}
