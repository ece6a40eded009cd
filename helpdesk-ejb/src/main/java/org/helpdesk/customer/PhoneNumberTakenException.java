package org.helpdesk.customer;

import jakarta.ejb.ApplicationException;
import org.helpdesk.request.PhoneNumber;

/**
 * A phone number already belongs to another customer. A number has one owner at most, or a caller-ID look-up
 * could not say who is calling; the operator has to take it away from the other customer first.
 */
@ApplicationException(rollback = true)
public class PhoneNumberTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** When the database found the clash (a concurrent write), which number and owner are not known. */
    public PhoneNumberTakenException() {
        super("a phone number already belongs to another customer");
    }

    /** The message names the number: it goes to the operator who sent it, never to a log. */
    public PhoneNumberTakenException(PhoneNumber phone, long owner) {
        super(phone.e164() + " already belongs to customer " + owner);
    }
}
