package org.helpdesk.visit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.request.PhoneNumber;

/**
 * The visitor use cases, one transaction each. Channels come through {@link Visits}, which checks what they send and
 * retries a report that lost the race to create a visitor.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class VisitorService {

    private static final Logger LOG = Logger.getLogger(VisitorService.class.getName());

    @Inject
    private VisitorRepository visitors;

    @Inject
    private Clock clock;

    public void viewed(PageView view) {
        Instant now = clock.instant();
        Optional<Visitor> known = visitors.find(view.visitor());
        if (known.isPresent()) {
            known.get().viewed(view, now);
        } else {
            visitors.store(Visitor.firstSeen(view, now));
        }
    }

    /** @param how what told us, for the log: "help request" or "site login" */
    public void identify(VisitorId id, PhoneNumber phone, String how) {
        Instant now = clock.instant();
        Optional<Visitor> known = visitors.find(id);
        if (known.isEmpty()) {
            visitors.store(Visitor.firstIdentified(id, phone, now));
            LOG.info(() -> "Visitor " + id.masked() + " identified as " + phone.masked() + " by " + how);
            return;
        }
        Visitor visitor = known.get();
        boolean wasIdentified = visitor.phone().isPresent();
        visitor.identify(phone, now).ifPresentOrElse(
                before -> LOG.info(() -> "Visitor " + id.masked() + " re-linked from " + before.masked() + " to "
                        + phone.masked() + " by " + how),
                () -> {
                    if (!wasIdentified) {
                        LOG.info(() -> "Visitor " + id.masked() + " identified as " + phone.masked() + " by " + how);
                    }
                });
    }

    /** @return how many visitors were forgotten */
    public int forgetInactiveBefore(Instant cutoff) {
        return visitors.forgetInactiveBefore(cutoff);
    }
}
