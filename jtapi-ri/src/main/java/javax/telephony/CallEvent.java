package javax.telephony;

/** An event about a call. */
public interface CallEvent extends Event {
    int CALL_ACTIVE = 101;
    int CALL_INVALID = 102;
    int CALL_EVENT_TRANSMISSION_ENDED = 103;

    Call getCall();
}
