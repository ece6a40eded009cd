package org.helpdesk.screenpop;

import java.util.Optional;
import org.helpdesk.request.PhoneNumber;

/**
 * The port through which the screen-pop looks a caller up in the customer database; the customer module provides it
 * ({@code org.helpdesk.customer.CallerLookup}).
 */
public interface CustomerRecords {

    /** The customer whose record carries this number, if there is exactly one we can name. */
    Optional<CustomerRecord> byPhone(PhoneNumber phone);
}
