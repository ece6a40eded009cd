package javax.telephony.callcenter;

import javax.telephony.Call;

/** A trunk used by a call. */
public interface CallCenterTrunk {
    int INVALID_TRUNK = 1;
    int VALID_TRUNK = 2;

    int INCOMING_TRUNK = 1;
    int OUTGOING_TRUNK = 2;
    int UNKNOWN_TRUNK = 3;

    String getName();

    int getState();

    int getType();

    Call getCall();
}
