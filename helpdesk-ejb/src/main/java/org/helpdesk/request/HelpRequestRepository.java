package org.helpdesk.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The help requests ever accepted. The database behind it is the only truth about queues. */
public interface HelpRequestRepository {

    /** Stores a new request and makes the database check its constraints now, inside the caller's transaction. */
    void store(HelpRequest request);

    Optional<HelpRequest> find(RequestId id);

    Optional<HelpRequest> findOpen(String queue, PhoneNumber phone);

    Optional<HelpRequest> findByIdempotencyKey(String key);

    /** How many requests wait before this one, in queue order. */
    long countAhead(HelpRequest request);

    /** Requests this phone number submitted since the given instant, in any queue and any state. */
    long countSubmittedSince(PhoneNumber phone, Instant since);

    /** Scheduled requests whose time has come, locked for the caller's transaction, oldest first. */
    List<HelpRequest> lockDueScheduled(Instant now);

    /** The open requests of a queue, in the order they will be called: queued first, then scheduled by time. */
    List<HelpRequest> openInCallOrder(String queue);
}
