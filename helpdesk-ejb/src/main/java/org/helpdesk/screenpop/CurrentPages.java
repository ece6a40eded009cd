package org.helpdesk.screenpop;

import java.util.Optional;
import org.helpdesk.request.PhoneNumber;

/**
 * The port through which the screen-pop asks which page a caller is reading right now; the visit module provides it
 * ({@code org.helpdesk.visit.VisitorPages}) from the page views of visitors identified with the number.
 */
public interface CurrentPages {

    /** The page most recently viewed, within the last few minutes, by any visitor identified with this number. */
    Optional<CurrentPage> readingNow(PhoneNumber phone);
}
