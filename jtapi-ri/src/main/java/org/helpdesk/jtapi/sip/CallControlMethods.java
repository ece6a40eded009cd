package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Terminal;
import javax.telephony.TerminalConnection;

/** The call-control operations this provider does not offer yet (consultation, conference, controllers). */
abstract class CallControlMethods {
    public Connection addParty(String newParty) throws MethodNotSupportedException {
        throw notYet("addParty");
    }

    public void conference(Call otherCall) throws MethodNotSupportedException {
        throw notYet("conference");
    }

    public void transfer(Call otherCall) throws MethodNotSupportedException {
        throw notYet("consultation transfer");
    }

    public Connection consult(TerminalConnection tc) throws MethodNotSupportedException {
        throw notYet("consult");
    }

    public Connection[] consult(TerminalConnection tc, String dialedDigits) throws MethodNotSupportedException {
        throw notYet("consult");
    }

    public Connection offHook(Address origaddress, Terminal origterminal) throws MethodNotSupportedException {
        throw new MethodNotSupportedException("offHook: a SIP phone goes off hook by itself");
    }

    public Address getLastRedirectedAddress() {
        return null;
    }

    public TerminalConnection getConferenceController() {
        return null;
    }

    public void setConferenceController(TerminalConnection tc) throws MethodNotSupportedException {
        throw notYet("conference");
    }

    public boolean getConferenceEnable() {
        return false;
    }

    public void setConferenceEnable(boolean enable) throws MethodNotSupportedException {
        throw notYet("conference");
    }

    public TerminalConnection getTransferController() {
        return null;
    }

    public void setTransferController(TerminalConnection tc) throws MethodNotSupportedException {
        throw notYet("transfer controller");
    }

    public boolean getTransferEnable() {
        return true;
    }

    public void setTransferEnable(boolean enable) throws MethodNotSupportedException {
        throw notYet("transfer enable");
    }

    private static MethodNotSupportedException notYet(String what) {
        return new MethodNotSupportedException(what + " is not implemented yet");
    }
}
