package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidPartyException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.PrivilegeViolationException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/** A call with predictive dialling, application data and trunks. */
public interface CallCenterCall extends Call {
    int MIN_RINGS = 2;
    int MAX_RINGS = 15;

    int ANSWERING_TREATMENT_PROVIDER_DEFAULT = 1;
    int ANSWERING_TREATMENT_DROP = 2;
    int ANSWERING_TREATMENT_CONNECT = 3;
    int ANSWERING_TREATMENT_NONE = 4;

    int ENDPOINT_ANSWERING_MACHINE = 1;
    int ENDPOINT_FAX_MACHINE = 2;
    int ENDPOINT_HUMAN_INTERVENTION = 3;
    int ENDPOINT_ANY = 4;

    Connection[] connectPredictive(Terminal originatorTerminal, Address originatorAddress, String destination,
            int connectionState, int maxRings, int treatment, int endpointType)
            throws ResourceUnavailableException, PrivilegeViolationException, InvalidPartyException,
            InvalidArgumentException, InvalidStateException, MethodNotSupportedException;

    void setApplicationData(Object data) throws ResourceUnavailableException, InvalidArgumentException,
            InvalidStateException, MethodNotSupportedException;

    Object getApplicationData() throws MethodNotSupportedException;

    CallCenterTrunk[] getTrunks() throws MethodNotSupportedException;
}
