package javax.telephony;

/** A meta event about several calls (merge, transfer). */
public interface MultiCallMetaEvent extends MetaEvent {
    int MULTICALL_META_MERGE_STARTED = 200;
    int MULTICALL_META_MERGE_ENDED = 201;
    int MULTICALL_META_TRANSFER_STARTED = 202;
    int MULTICALL_META_TRANSFER_ENDED = 203;

    Call getNewCall();

    Call[] getOldCalls();
}
