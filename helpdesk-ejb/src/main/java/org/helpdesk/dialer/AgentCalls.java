package org.helpdesk.dialer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.request.HelpRequest;

/**
 * An agent's phone call as their desktop and the API show it, and the desktop's "Hang up": the telephony releases
 * the call, and the call's end is recorded when the telephony reports it, like any other end.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AgentCalls {

    private static final Logger LOG = Logger.getLogger(AgentCalls.class.getName());

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    @Inject
    private Telephony telephony;

    @Inject
    private DialerInstance instance;

    /** The agent's call in progress, or else the last one they had; empty if they never had one. */
    public Optional<AgentCall> lastCall(String login) {
        return lastAttempt(login).map(call -> AgentCall.of(call, requestOf(call)));
    }

    /**
     * Hangs up the agent's call in progress.
     *
     * @return the call as it was when the telephony was asked (its end follows as a {@link CallChanged})
     * @throws NoCallToHangUpException if the agent has no call in progress, or it is carried by another instance
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AgentCall hangUp(String login) {
        CallAttempt call = lastAttempt(login).filter(CallAttempt::inFlight).orElseThrow(() ->
                new NoCallToHangUpException(NoCallToHangUpException.Reason.NO_CALL, "agent " + login
                        + " has no call in progress"));
        if (!call.instance().equals(instance.name())) {
            // each instance's telephony knows only its own calls (left open: relaying to the instance that has it)
            throw new NoCallToHangUpException(NoCallToHangUpException.Reason.OTHER_INSTANCE, "the call of agent "
                    + login + " is carried by server instance " + call.instance() + ": hang up there or on the phone");
        }
        HelpRequest request = requestOf(call);
        CallRef ref = call.ref(request);
        telephony.hangUp(ref, call.extension());
        LOG.info(() -> "Agent " + login + " hung up call " + ref + " at " + call.extension());
        return AgentCall.of(call, request);
    }

    /** The record of the agent's call in progress, or else of their last one (in the caller's transaction). */
    public Optional<CallAttempt> lastAttempt(String login) {
        return entityManager.createQuery("select a from CallAttempt a where a.agentLogin = :agent"
                        + " order by a.startedAt desc, a.id desc", CallAttempt.class)
                .setParameter("agent", login)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private HelpRequest requestOf(CallAttempt call) {
        return entityManager.find(HelpRequest.class, call.requestId());
    }
}
