package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;

/** An agent logged on to an ACD address from an agent terminal. */
public interface Agent {
    int UNKNOWN = 0;
    int LOG_IN = 1;
    int LOG_OUT = 2;
    int NOT_READY = 3;
    int READY = 4;
    int WORK_NOT_READY = 5;
    int WORK_READY = 6;
    int BUSY = 7;

    void setState(int state) throws InvalidArgumentException, InvalidStateException;

    int getState();

    String getAgentID();

    AgentTerminal getAgentTerminal();

    ACDAddress getACDAddress();

    Address getAgentAddress();
}
