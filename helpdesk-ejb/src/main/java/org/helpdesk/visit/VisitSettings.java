package org.helpdesk.visit;

import java.time.Duration;

/**
 * @param recent how long after their last page view a visitor still counts as reading it (the screen-pop's "reading
 *     now")
 * @param retention how long a visitor is kept after their last view or identification
 */
public record VisitSettings(Duration recent, Duration retention) {

    public VisitSettings {
        if (recent.isNegative() || recent.isZero() || retention.compareTo(recent) < 0) {
            throw new IllegalArgumentException("visits: recent must be positive and at most the retention time");
        }
    }
}
