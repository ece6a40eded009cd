package org.helpdesk.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.helpdesk.queue.QueueSettings;
import org.helpdesk.ratelimit.RateLimitExceededException;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.PhoneNumber;

/**
 * Decides the fate of submissions that are accepted together, in one transaction, against what the database held
 * when the transaction began and against the earlier members of the same batch. A batch therefore answers exactly
 * as if its members had been submitted one after the other, in order: the second submission of a number is a
 * duplicate of the first even though neither was stored yet, and the per-number limit counts both.
 *
 * <p>A request for a queue that is closed when it wants to be called (now, or at the customer's preferred time) is
 * accepted for the queue's next opening. The batch reads the settings of the queues it has locked, so a change of
 * business hours applies to whole batches, never to half of one.
 */
final class AcceptanceBatch {

    static final Duration PHONE_WINDOW = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(AcceptanceBatch.class.getName());

    private final Instant now;
    private final int perPhonePerHour;
    private final Map<String, QueueSettings> queues;
    private final Map<String, HelpRequest> openByKey = new HashMap<>();
    private final Map<String, HelpRequest> byIdempotencyKey = new HashMap<>();
    private final Map<PhoneNumber, Long> recentByPhone;

    /**
     * @param queues the settings of the batch's queues that exist, by name
     * @param open the open requests of the batch's numbers in the batch's queues
     * @param earlier the requests that used the batch's idempotency keys
     * @param recentByPhone how many requests each rate-limited submission's number made within {@link #PHONE_WINDOW}
     */
    AcceptanceBatch(Instant now, int perPhonePerHour, Map<String, QueueSettings> queues, Collection<HelpRequest> open,
            Collection<HelpRequest> earlier, Map<PhoneNumber, Long> recentByPhone) {
        this.now = now;
        this.perPhonePerHour = perPhonePerHour;
        this.queues = queues;
        open.forEach(request -> openByKey.put(HelpRequest.openKey(request.queue(), request.phone()), request));
        earlier.forEach(request -> byIdempotencyKey.put(request.idempotencyKey(), request));
        this.recentByPhone = new HashMap<>(recentByPhone);
    }

    /** Decides one submission; call in the order the submissions arrived. */
    Decision decide(ValidSubmission candidate) {
        var details = candidate.details();
        var source = candidate.submission().source();
        if (!queues.containsKey(details.queue())) {
            return Decision.refused(new InvalidHelpRequestException("queue", "is unknown: there is no queue named "
                    + details.queue()));
        }
        var idempotency = candidate.idempotency();
        if (idempotency != null && byIdempotencyKey.containsKey(idempotency.key())) {
            HelpRequest first = byIdempotencyKey.get(idempotency.key());
            return first.answersIdempotencyKey(idempotency)
                    ? new Decision(SubmissionOutcome.Kind.REPLAYED, first, null)
                    : Decision.refused(new IdempotencyKeyReusedException());
        }
        String openKey = HelpRequest.openKey(details.queue(), details.phone());
        HelpRequest open = openByKey.get(openKey);
        if (open != null) {
            LOG.info(() -> "Duplicate submission for " + open + " via " + source);
            return new Decision(SubmissionOutcome.Kind.DUPLICATE, open, null);
        }
        long recent = recentByPhone.getOrDefault(details.phone(), 0L);
        if (source.isLimitedPerNumber() && recent >= perPhonePerHour) {
            LOG.warning(() -> "Rate limit: " + recent + " requests for " + details.phone().masked()
                    + " in the last hour (limit " + perPhonePerHour + ")");
            return Decision.refused(new RateLimitExceededException(
                    "too many help requests for this phone number; try again later", PHONE_WINDOW.toSeconds()));
        }
        Instant wanted = details.preferredTime() == null ? now : details.preferredTime();
        HelpRequest created = HelpRequest.accept(details, source, now,
                queues.get(details.queue()).firstCallTime(wanted, now), idempotency,
                candidate.submission().clientAddress());
        if (created.outsideBusinessHours()) {
            LOG.info(() -> "Queue " + details.queue() + " is closed: " + created + " is scheduled for its opening at "
                    + created.dueAt());
        }
        openByKey.put(openKey, created);
        if (idempotency != null) {
            byIdempotencyKey.put(idempotency.key(), created);
        }
        recentByPhone.merge(details.phone(), 1L, Long::sum);
        return new Decision(SubmissionOutcome.Kind.CREATED, created, null);
    }

    /**
     * One submission's fate: the request it created or is answered with, or why it was refused (a refusal is an
     * answer to that submission alone and does not roll the batch back).
     */
    record Decision(SubmissionOutcome.Kind kind, HelpRequest request, RuntimeException refusal) {

        static Decision refused(RuntimeException why) {
            return new Decision(null, null, why);
        }

        boolean created() {
            return kind == SubmissionOutcome.Kind.CREATED;
        }
    }
}
