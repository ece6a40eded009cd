package javax.telephony.callcenter;

import javax.telephony.CallListener;

/** Receives application-data and trunk events as well as call events. */
public interface CallCenterCallListener extends CallListener {
    void applicationData(CallCenterCallEvent event);

    void trunkInvalid(CallCenterTrunkEvent event);

    void trunkValid(CallCenterTrunkEvent event);
}
