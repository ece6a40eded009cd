package javax.telephony;

/** A meta event about one call. */
public interface SingleCallMetaEvent extends MetaEvent {
    int SINGLECALL_META_PROGRESS_STARTED = 210;
    int SINGLECALL_META_PROGRESS_ENDED = 211;
    int SINGLECALL_META_SNAPSHOT_STARTED = 212;
    int SINGLECALL_META_SNAPSHOT_ENDED = 213;

    Call getCall();
}
