package org.helpdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.helpdesk.request.PhoneNumber;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-02T10:00:00Z");
    private static final PhoneNumber MOBILE = PhoneNumber.ofE164("+16502530001");
    private static final PhoneNumber OFFICE = PhoneNumber.ofE164("+16502530000");

    private static Customer ann() {
        return Customer.register(new CustomerDetails("Ann", Set.of(MOBILE, OFFICE), "A-1", "gold", "VIP"), CREATED);
    }

    @Test
    void aRegisteredCustomerHasItsDetailsAndNumbersInAscendingOrder() {
        Customer ann = ann();

        assertEquals("Ann", ann.name());
        assertEquals(List.of(OFFICE, MOBILE), ann.phones());
        assertEquals("gold", ann.tier());
        assertEquals(CREATED, ann.updatedAt());
        assertTrue(ann.owns(MOBILE));
    }

    @Test
    void aRevisionReplacesTheWholeRecordAndClearsWhatItLeavesOut() {
        Customer ann = ann();

        assertTrue(ann.revise(new CustomerDetails("Ann Smith", Set.of(MOBILE), null, "silver", null), LATER));

        assertEquals("Ann Smith", ann.name());
        assertEquals(List.of(MOBILE), ann.phones());
        assertFalse(ann.owns(OFFICE), "a number left out no longer finds the customer");
        assertNull(ann.account());
        assertNull(ann.notes());
        assertEquals(LATER, ann.updatedAt());
        assertEquals(CREATED, ann.createdAt());
    }

    @Test
    void anUnchangedRevisionKeepsTheUpdateTime() {
        Customer ann = ann();

        assertFalse(ann.revise(new CustomerDetails("Ann", Set.of(OFFICE, MOBILE), "A-1", "gold", "VIP"), LATER));
        assertEquals(CREATED, ann.updatedAt());
    }

    @Test
    void aCustomerCannotLoseAllItsNumbersOrItsName() {
        Customer ann = ann();

        assertEquals("phones", assertThrows(InvalidCustomerException.class, () -> ann.changePhones(Set.of())).field());
        assertEquals("name", assertThrows(InvalidCustomerException.class, () -> ann.rename(" ")).field());
        assertEquals(2, ann.phones().size());
    }

    @Test
    void logsSeeMaskedNumbersOnly() {
        String logged = ann().describeForLog();

        assertFalse(logged.contains(MOBILE.e164()) || logged.contains(OFFICE.e164()), logged);
        assertTrue(logged.contains(MOBILE.masked()), logged);
    }
}
