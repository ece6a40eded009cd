package org.helpdesk.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The help requests ever accepted. The database behind it is the only truth about queues. The intake looks things up
 * for a whole batch of submissions at once (one round trip each, however many arrived together).
 */
public interface HelpRequestRepository {

    /** Stores new requests and makes the database check its constraints now, inside the caller's transaction. */
    void storeAll(Collection<HelpRequest> newRequests);

    /** Writes the changes made to loaded requests now, taking their rows' locks, instead of at commit. */
    void flush();

    Optional<HelpRequest> find(RequestId id);

    /** Finds a request and locks its row until the caller's transaction ends (before any queue row). */
    Optional<HelpRequest> lock(RequestId id);

    /** The newest open request given to an agent (being called or connected), if any. */
    Optional<HelpRequest> currentlyAssignedTo(String agentLogin);

    /**
     * The agent's request whose call ended most recently, if it is completed and has no outcome yet; not locked
     * ({@link #lock} it to record the outcome).
     */
    Optional<HelpRequest> lastEndedWithoutOutcome(String agentLogin);

    /**
     * A number's requests other than the given one, newest first, at most {@code limit}, in any queue and state;
     * not those of calls whose unverified caller ID only claimed the number.
     */
    List<HelpRequest> pastRequestsOf(PhoneNumber phone, RequestId except, int limit);

    /** The open requests holding these {@link HelpRequest#openKey(String, PhoneNumber) open keys}. */
    List<HelpRequest> findOpen(Collection<String> openKeys);

    List<HelpRequest> findByIdempotencyKeys(Collection<String> keys);

    /** How many requests wait before this one, in queue order. */
    long countAhead(HelpRequest request);

    /**
     * Requests each of these phone numbers submitted since the given instant, in any queue and any state; numbers
     * without any are left out. Calls that only claimed a number (unverified caller IDs) do not count: a stranger
     * must not use up the owner's requests.
     */
    Map<PhoneNumber, Long> countSubmittedSince(Collection<PhoneNumber> phones, Instant since);

    /** Scheduled requests whose time has come, locked for the caller's transaction, oldest first. */
    List<HelpRequest> lockDueScheduled(Instant now);

    /** The open requests of a queue, in the order they will be called: queued first, then scheduled by time. */
    List<HelpRequest> openInCallOrder(String queue);
}
