package javax.telephony;

/** An object was not in the state the operation requires. */
public class InvalidStateException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int PROVIDER_OBJECT = 0;
    public static final int CALL_OBJECT = 1;
    public static final int CONNECTION_OBJECT = 2;
    public static final int TERMINAL_OBJECT = 3;
    public static final int ADDRESS_OBJECT = 4;
    public static final int TERMINAL_CONNECTION_OBJECT = 5;

    private final transient Object object;
    private final int objectType;
    private final int state;

    public InvalidStateException(Object object, int type, int state) {
        this.object = object;
        this.objectType = type;
        this.state = state;
    }

    public InvalidStateException(Object object, int type, int state, String s) {
        super(s);
        this.object = object;
        this.objectType = type;
        this.state = state;
    }

    public int getObjectType() {
        return objectType;
    }

    public Object getObject() {
        return object;
    }

    public int getState() {
        return state;
    }
}
