package javax.telephony.callcenter;

/** A trunk became valid or invalid for a call. */
public interface CallCenterTrunkEvent extends CallCenterCallEvent {
    int CALL_CENTER_TRUNK_VALID_EVENT = 317;
    int CALL_CENTER_TRUNK_INVALID_EVENT = 318;

    CallCenterTrunk getTrunk();
}
