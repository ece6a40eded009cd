package javax.telephony.callcenter;

import javax.telephony.Call;
import javax.telephony.MethodNotSupportedException;

/** An ACD group (a queue): calls to it are distributed to its logged-on agents. */
public interface ACDAddress extends CallCenterAddress {
    Agent[] getLoggedOnAgents() throws MethodNotSupportedException;

    int getNumberQueued() throws MethodNotSupportedException;

    Call getOldestCallQueued() throws MethodNotSupportedException;

    int getRelativeQueueLoad() throws MethodNotSupportedException;

    int getQueueWaitTime() throws MethodNotSupportedException;

    ACDManagerAddress getACDManagerAddress() throws MethodNotSupportedException;

    int getAgentsLoggedIn() throws MethodNotSupportedException;

    int getAgentsAvailable() throws MethodNotSupportedException;
}
