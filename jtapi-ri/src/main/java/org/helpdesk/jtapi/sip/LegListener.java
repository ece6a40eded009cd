package org.helpdesk.jtapi.sip;

/** What a call's flow hears from its legs. All methods run on the call's control executor. */
interface LegListener {
    void ringing(Leg leg);

    void answered(Leg leg, String sdp);

    void failed(Leg leg, SipCause cause);

    void reinviteAnswered(Leg leg, String sdp);

    void hungUp(Leg leg, SipCause cause);

    /** UAS: the caller ACKed our 2xx; {@code sdp} is its answer when our 2xx carried the offer. */
    default void acked(Leg leg, String sdp) {
    }
}
