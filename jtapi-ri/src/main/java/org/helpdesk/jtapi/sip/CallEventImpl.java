package org.helpdesk.jtapi.sip;

import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.MetaEvent;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterCallEvent;
import javax.telephony.callcontrol.CallControlCallEvent;

/** A call event; also carries the call-control and call-centre views (parties, application data). */
class CallEventImpl implements CallControlCallEvent, CallCenterCallEvent {
    private final int id;
    private final CallImpl call;
    private final SipCause cause;
    private final Object source;
    private final Object applicationData;

    CallEventImpl(int id, CallImpl call, SipCause cause, Object source) {
        this.id = id;
        this.call = call;
        this.cause = cause;
        this.source = source;
        this.applicationData = call.applicationData();
    }

    @Override
    public int getID() {
        return id;
    }

    @Override
    public int getCause() {
        return cause.jtapiCause();
    }

    @Override
    public int getCallControlCause() {
        return cause.callControlCause();
    }

    @Override
    public int getCallCenterCause() {
        return cause.callControlCause();
    }

    /** The SIP-level reason behind the causes. */
    SipCause sipCause() {
        return cause;
    }

    @Override
    public MetaEvent getMetaEvent() {
        return null;
    }

    @Override
    public Object getSource() {
        return source;
    }

    @Override
    public Call getCall() {
        return call;
    }

    @Override
    public Address getCalledAddress() {
        return call.getCalledAddress();
    }

    @Override
    public Address getCallingAddress() {
        return call.getCallingAddress();
    }

    @Override
    public Terminal getCallingTerminal() {
        return call.getCallingTerminal();
    }

    @Override
    public Address getLastRedirectedAddress() {
        return call.getLastRedirectedAddress();
    }

    /** The application data as it was when the event happened. */
    @Override
    public Object getApplicationData() {
        return applicationData;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id + ", cause=" + cause + ", source=" + source + "]";
    }
}
