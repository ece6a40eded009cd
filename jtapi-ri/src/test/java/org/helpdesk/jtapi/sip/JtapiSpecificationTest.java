package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ConnectionEvent;
import javax.telephony.Event;
import javax.telephony.JtapiPeer;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.JtapiPeerUnavailableException;
import javax.telephony.Provider;
import javax.telephony.TerminalConnection;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.callcontrol.CallControlConnection;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Facts of the published JTAPI 1.4 API that vendor code compiles and runs against. */
class JtapiSpecificationTest {
    @Test
    void jtapiPeerFactoryWithoutANameLoadsDefaultJtapiPeerWhichIsTheSipPeer() throws Exception {
        JtapiPeer peer = JtapiPeerFactory.getJtapiPeer(null);
        assertEquals("DefaultJtapiPeer", peer.getClass().getName());
        assertTrue(peer instanceof SipJtapiPeer);
        assertEquals("SIP", peer.getServices()[0]);
    }

    @Test
    void anUnknownPeerClassIsUnavailable() {
        Assertions.assertThrows(JtapiPeerUnavailableException.class,
                () -> JtapiPeerFactory.getJtapiPeer("com.example.NoSuchPeer"));
    }

    @Test
    void stateAndEventConstantsHaveTheSpecifiedValues() {
        assertEquals(16, Provider.IN_SERVICE);
        assertEquals(18, Provider.SHUTDOWN);
        assertEquals(33, Call.ACTIVE);
        assertEquals(34, Call.INVALID);
        assertEquals(49, Connection.INPROGRESS);
        assertEquals(50, Connection.ALERTING);
        assertEquals(51, Connection.CONNECTED);
        assertEquals(52, Connection.DISCONNECTED);
        assertEquals(53, Connection.FAILED);
        assertEquals(65, TerminalConnection.RINGING);
        assertEquals(88, CallControlConnection.ESTABLISHED);
        assertEquals(105, ConnectionEvent.CONNECTION_CONNECTED);
        assertEquals(108, ConnectionEvent.CONNECTION_FAILED);
        assertEquals(100, Event.CAUSE_NORMAL);
        assertEquals(203, CallControlEvent.CAUSE_BUSY);
        assertEquals(205, CallControlEvent.CAUSE_CALL_NOT_ANSWERED);
        assertEquals(4, Agent.READY);
        assertEquals(3, Agent.NOT_READY);
        assertEquals(5, Agent.WORK_NOT_READY);
        assertEquals(2, CallCenterCall.MIN_RINGS);
        assertEquals(15, CallCenterCall.MAX_RINGS);
        assertEquals(101, RouteSession.CAUSE_ROUTING_TIMER_EXPIRED);
    }
}
