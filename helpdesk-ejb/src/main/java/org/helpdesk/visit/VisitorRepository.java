package org.helpdesk.visit;

import java.time.Instant;
import java.util.Optional;
import org.helpdesk.request.PhoneNumber;

public interface VisitorRepository {

    Optional<Visitor> find(VisitorId id);

    /**
     * Stores a new visitor now (flushes), so that a visitor whose first two reports raced is noticed here.
     *
     * @throws VisitorExistsException if another transaction stored the same id first
     */
    void store(Visitor visitor);

    /** The visitor with this number who read a page most recently, not before {@code since}. */
    Optional<Visitor> lastReaderWith(PhoneNumber phone, Instant since);

    /** Deletes the visitors inactive since before {@code cutoff}; returns how many. */
    int forgetInactiveBefore(Instant cutoff);
}
