package org.helpdesk.dialer;

/**
 * Why a call ended, and on whose side: it decides what happens next. A customer who was not reached is called again
 * after the queue's retry delay; an agent who did not take the call is made not-ready and the customer keeps their
 * place; a call that ended after a conversation is done.
 */
public enum EndCause {
    /** A conversation took place and one side hung up. */
    HUNG_UP(Party.NONE),
    CUSTOMER_BUSY(Party.CUSTOMER),
    CUSTOMER_NO_ANSWER(Party.CUSTOMER),
    CUSTOMER_DECLINED(Party.CUSTOMER),
    CUSTOMER_UNREACHABLE(Party.CUSTOMER),
    /** The customer hung up before an agent took the call (an incoming call abandoned while ringing). */
    CUSTOMER_ABANDONED(Party.CUSTOMER),
    AGENT_BUSY(Party.AGENT),
    AGENT_NO_ANSWER(Party.AGENT),
    AGENT_DECLINED(Party.AGENT),
    AGENT_UNREACHABLE(Party.AGENT),
    /** The server stopped while the call was in flight; found at start-up. */
    INTERRUPTED(Party.NONE),
    /** The telephony refused to place the call (out of service, or an error of ours): nobody's phone rang. */
    NOT_PLACED(Party.NONE),
    /**
     * The telephony no longer has the call, but no end of it was recorded (the write failed, or the event never
     * came): found by the dialer's periodic reconciliation, which ends the call record at the time it first missed
     * the call.
     */
    END_NOT_RECORDED(Party.NONE);

    /** Whose side a failure was on. */
    public enum Party {
        AGENT,
        CUSTOMER,
        NONE
    }

    private final Party party;

    EndCause(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** A failure of the party's phone, in the words JTAPI causes boil down to. */
    public static EndCause of(Party party, Failure failure) {
        boolean agent = party == Party.AGENT;
        return switch (failure) {
            case BUSY -> agent ? AGENT_BUSY : CUSTOMER_BUSY;
            case NO_ANSWER -> agent ? AGENT_NO_ANSWER : CUSTOMER_NO_ANSWER;
            case DECLINED -> agent ? AGENT_DECLINED : CUSTOMER_DECLINED;
            case UNREACHABLE -> agent ? AGENT_UNREACHABLE : CUSTOMER_UNREACHABLE;
        };
    }

    public enum Failure {
        BUSY,
        NO_ANSWER,
        DECLINED,
        UNREACHABLE
    }
}
