package javax.telephony.callcenter;

import javax.telephony.Address;
import javax.telephony.InvalidArgumentException;
import javax.telephony.InvalidStateException;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.Terminal;

/** A terminal agents log on from. */
public interface AgentTerminal extends Terminal {
    Agent addAgent(Address agentAddress, ACDAddress acdAddress, int initialState, String agentID,
            String password) throws InvalidArgumentException, InvalidStateException, ResourceUnavailableException;

    void removeAgent(Agent agent) throws InvalidArgumentException, InvalidStateException;

    Agent[] getAgents();

    /** @deprecated since JTAPI 1.2, use {@link #addAgent} and {@link #removeAgent} */
    @Deprecated
    void setAgents(Agent[] agents) throws MethodNotSupportedException;
}
