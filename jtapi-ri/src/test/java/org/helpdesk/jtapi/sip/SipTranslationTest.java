package org.helpdesk.jtapi.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.telephony.Event;
import javax.telephony.callcontrol.CallControlEvent;
import org.junit.jupiter.api.Test;

/** SIP facts translated into JTAPI: status codes into causes, SDP for third-party control. */
class SipTranslationTest {
    private static final String OFFER = "v=0\r\no=phone 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0\r\na=sendrecv\r\n";

    @Test
    void statusCodesMapToJtapiCauses() {
        assertEquals(CallControlEvent.CAUSE_BUSY, SipCause.forStatus(486).callControlCause());
        assertEquals(CallControlEvent.CAUSE_BUSY, SipCause.forStatus(600).callControlCause());
        assertEquals(Event.CAUSE_CALL_CANCELLED, SipCause.forStatus(603).jtapiCause());
        assertEquals(CallControlEvent.CAUSE_CALL_NOT_ANSWERED, SipCause.forStatus(480).callControlCause());
        assertEquals(Event.CAUSE_DEST_NOT_OBTAINABLE, SipCause.forStatus(404).jtapiCause());
        assertEquals(Event.CAUSE_NETWORK_NOT_OBTAINABLE, SipCause.forStatus(408).jtapiCause());
        assertEquals(Event.CAUSE_NETWORK_CONGESTION, SipCause.forStatus(503).jtapiCause());
        assertEquals(Event.CAUSE_INCOMPATIBLE_DESTINATION, SipCause.forStatus(488).jtapiCause());
    }

    @Test
    void blackHoleAnswerAcceptsEveryStreamButSendsNowhere() {
        String answer = Sdp.blackHole(OFFER);
        assertTrue(answer.contains("c=IN IP4 0.0.0.0"));
        assertTrue(answer.contains("m=audio 4000 RTP/AVP 0\r\na=inactive"));
        assertFalse(answer.contains("a=sendrecv"));
    }

    @Test
    void forwardedSdpCarriesTheControllersOriginWithARisingVersion() {
        String first = Sdp.stamp(OFFER, 77, 1, "192.0.2.1");
        String second = Sdp.stamp(OFFER, 77, 2, "192.0.2.1");
        assertTrue(first.contains("o=helpdesk 77 1 IN IP4 192.0.2.1\r\n"));
        assertTrue(second.contains("o=helpdesk 77 2 IN IP4 192.0.2.1\r\n"));
        assertTrue(first.contains("c=IN IP4 10.0.0.5"), "media still flows phone to phone");
    }
}
