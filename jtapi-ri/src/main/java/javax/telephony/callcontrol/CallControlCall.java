package javax.telephony.callcontrol;

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
import javax.telephony.TerminalConnection;

/** A call with call-control features: transfer, conference, consult, drop. */
public interface CallControlCall extends Call {
    Address getCallingAddress();

    Terminal getCallingTerminal();

    Address getCalledAddress();

    Address getLastRedirectedAddress();

    Connection addParty(String newParty) throws InvalidStateException, InvalidPartyException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void drop() throws InvalidStateException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    void conference(Call otherCall) throws InvalidStateException, InvalidArgumentException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    void transfer(Call otherCall) throws InvalidStateException, InvalidArgumentException, InvalidPartyException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    Connection transfer(String address) throws InvalidArgumentException, InvalidStateException,
            InvalidPartyException, MethodNotSupportedException, PrivilegeViolationException,
            ResourceUnavailableException;

    Connection consult(TerminalConnection tc) throws InvalidStateException, InvalidArgumentException,
            MethodNotSupportedException, ResourceUnavailableException, PrivilegeViolationException;

    Connection[] consult(TerminalConnection tc, String dialedDigits) throws InvalidStateException,
            InvalidArgumentException, MethodNotSupportedException, ResourceUnavailableException,
            PrivilegeViolationException, InvalidPartyException;

    Connection offHook(Address origaddress, Terminal origterminal) throws InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException, ResourceUnavailableException;

    TerminalConnection getConferenceController();

    void setConferenceController(TerminalConnection tc) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, ResourceUnavailableException;

    boolean getConferenceEnable();

    void setConferenceEnable(boolean enable) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException;

    TerminalConnection getTransferController();

    void setTransferController(TerminalConnection tc) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, ResourceUnavailableException;

    boolean getTransferEnable();

    void setTransferEnable(boolean enable) throws InvalidArgumentException, InvalidStateException,
            MethodNotSupportedException, PrivilegeViolationException;
}
