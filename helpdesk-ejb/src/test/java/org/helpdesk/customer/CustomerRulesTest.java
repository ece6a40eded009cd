package org.helpdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.PhoneNumberPolicy;
import org.helpdesk.request.Violation;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    private final CustomerRules rules = new CustomerRules(new PhoneNumberPolicy("US", Set.of()));

    private static CustomerFields fields(String name, String... phones) {
        return new CustomerFields(name, List.of(phones), null, null, null);
    }

    @Test
    void numbersInAnyNotationAreStoredInE164() {
        CustomerDetails details = rules.accept(fields("Ann", "(650) 253-0000", "+1 650 253 0001"));

        assertEquals(Set.of(PhoneNumber.ofE164("+16502530000"), PhoneNumber.ofE164("+16502530001")),
                details.phones());
    }

    @Test
    void twoNotationsOfOneNumberCountOnceAndBlankEntriesAreSkipped() {
        assertEquals(1, rules.accept(fields("Ann", "650.253.0000", " ", "+16502530000")).phones().size());
    }

    @Test
    void textIsTrimmedAndBlankOptionalValuesAreAbsent() {
        CustomerDetails details = rules.accept(new CustomerFields("  Ann  ", List.of("6502530000"), " A-7 ", "",
                "   "));

        assertEquals("Ann", details.name());
        assertEquals("A-7", details.account());
        assertNull(details.tier());
        assertNull(details.notes());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        InvalidCustomerException refused = assertThrows(InvalidCustomerException.class, () -> rules.accept(
                new CustomerFields(" ", List.of("12"), null, "x".repeat(CustomerRules.MAX_TIER + 1), null)));

        assertEquals(List.of("name", "phones", "tier"), refused.violations().stream().map(Violation::field).toList());
    }

    @Test
    void anInvalidNumberIsNamedInTheReason() {
        InvalidCustomerException refused = assertThrows(InvalidCustomerException.class,
                () -> rules.accept(fields("Ann", "6502530000", "+1 900 234 5678")));

        assertEquals("phones", refused.field());
        String reason = refused.violations().get(0).reason();
        assertTrue(reason.startsWith("include \"+1 900 234 5678\", which is"), reason);
        assertTrue(reason.contains("premium-rate"), reason);
    }

    @Test
    void aCustomerNeedsAtLeastOneNumber() {
        assertEquals("phones", assertThrows(InvalidCustomerException.class, () -> rules.accept(fields("Ann")))
                .field());
    }

    @Test
    void moreNumbersThanAnyoneHasAreRefused() {
        String[] eleven = IntStream.range(0, CustomerRules.MAX_PHONES + 1)
                .mapToObj(i -> "650253" + (1000 + i)).toArray(String[]::new);

        assertEquals("phones", assertThrows(InvalidCustomerException.class, () -> rules.accept(fields("Ann", eleven)))
                .field());
    }

    @Test
    void numbersOfCountriesWeDoNotCallAreRefused() {
        assertThrows(InvalidCustomerException.class, () -> rules.accept(fields("Ann", "+44 20 7946 0018")));
    }

    @Test
    void aLookUpNumberIsReadInNationalNotation() {
        assertEquals("+16502530000", rules.phone("phone", "(650) 253-0000").e164());
        assertEquals("phone", assertThrows(InvalidCustomerException.class, () -> rules.phone("phone", "abc"))
                .field());
    }

    @Test
    void fieldsWithoutNumbersHaveAnEmptyList() {
        assertEquals(Collections.emptyList(), new CustomerFields("Ann", null, null, null, null).phones());
    }
}
