package org.helpdesk.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.screenpop.CurrentPage;
import org.helpdesk.screenpop.CurrentPages;

/**
 * The screen-pop's "reading now" from the page views: of all visitors identified with the caller's number (a phone
 * and a laptop are two visitors), the page read most recently, if that was within {@link VisitSettings#recent()}.
 */
@ApplicationScoped
public class VisitorPages implements CurrentPages {

    @Inject
    private VisitorRepository visitors;

    @Inject
    private VisitSettings settings;

    @Inject
    private Clock clock;

    @Override
    public Optional<CurrentPage> readingNow(PhoneNumber phone) {
        var now = clock.instant();
        return visitors.lastReaderWith(phone, now.minus(settings.recent()))
                .filter(visitor -> visitor.isReadingNow(now, settings.recent()))
                .flatMap(Visitor::currentPage);
    }
}
