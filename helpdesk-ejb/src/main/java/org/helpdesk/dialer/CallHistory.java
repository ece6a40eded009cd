package org.helpdesk.dialer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.RequestId;

/**
 * The calls made for a help request, oldest first, and the calls to the help numbers: what supervisors look at when
 * a customer complains.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallHistory {

    /** One call as supervisors see it; times are null for what did not happen. */
    public record CallView(int attempt, String direction, String dialMode, String agent, String extension,
            Instant startedAt, Instant agentAlertedAt, Instant agentConnectedAt, Instant customerAlertedAt,
            Instant customerConnectedAt, Instant endedAt, String endCause) {
    }

    /**
     * One call to a help number as supervisors see it.
     *
     * @param requestId the public id of the request it became, null if it reached nobody
     * @param agent who was rung, null if nobody
     */
    public record IncomingCallView(Instant receivedAt, String helpNumber, String queue, String callerId,
            boolean callerVerified, String disposition, String requestId, String agent) {
    }

    @PersistenceContext(unitName = "helpdesk")
    private EntityManager entityManager;

    /** The latest calls to the help numbers, newest first, whether they reached an agent or not. */
    public List<IncomingCallView> incoming(int limit) {
        return entityManager.createQuery("select c, r, a from IncomingCallRecord c"
                        + " left join HelpRequest r on r.id = c.requestId"
                        + " left join CallAttempt a on a.id = c.callAttemptId"
                        + " order by c.receivedAt desc, c.id desc", Object[].class)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> {
                    IncomingCallRecord call = (IncomingCallRecord) row[0];
                    HelpRequest request = (HelpRequest) row[1];
                    CallAttempt attempt = (CallAttempt) row[2];
                    return new IncomingCallView(call.receivedAt(), call.helpNumber(), call.queue(), call.callerId(),
                            call.callerVerified(), call.disposition().name(),
                            request == null ? null : request.id().value(),
                            attempt == null ? null : attempt.agentLogin());
                })
                .toList();
    }

    /** @return empty if there is no such request */
    public Optional<List<CallView>> of(RequestId id) {
        List<HelpRequest> found = entityManager.createQuery("select r from HelpRequest r where r.publicId = :id",
                        HelpRequest.class)
                .setParameter("id", id.value())
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(entityManager.createQuery("select a from CallAttempt a where a.requestId = :request"
                        + " order by a.startedAt, a.id", CallAttempt.class)
                .setParameter("request", found.get(0).internalId())
                .getResultList().stream()
                .map(CallHistory::view)
                .toList());
    }

    private static CallView view(CallAttempt call) {
        return new CallView(call.attemptNo(), call.direction().name(),
                call.dialMode() == null ? null : call.dialMode().name(), call.agentLogin(), call.extension(),
                call.startedAt(), call.agentAlertedAt(), call.agentConnectedAt(), call.customerAlertedAt(),
                call.customerConnectedAt(), call.endedAt(), call.endCause() == null ? null : call.endCause().name());
    }
}
