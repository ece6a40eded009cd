package javax.telephony;

/** A party given to a method (originator or destination) was not valid. */
public class InvalidPartyException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int ORIGINATING_PARTY = 0;
    public static final int DESTINATION_PARTY = 1;
    public static final int UNKNOWN_PARTY = 2;

    private final int type;

    public InvalidPartyException(int type) {
        this.type = type;
    }

    public InvalidPartyException(int type, String s) {
        super(s);
        this.type = type;
    }

    public int getType() {
        return type;
    }
}
