package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberPolicyTest {

    private final PhoneNumberPolicy usOnly = new PhoneNumberPolicy("US", Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"(650) 253-0000", "650.253.0000", "+1 650 253 0000", "16502530000", " 650 253 0000 "})
    void nationalAndInternationalNotationsNormaliseToE164(String written) {
        assertEquals("+16502530000", usOnly.accept("phone", written).e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "abc", "+1 650 253", "000 000 0000", "+1 650 253 00001234"})
    void numbersThatCannotBeDialledAreRefused(String written) {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", written));
        assertEquals("phone", refused.field());
    }

    @Test
    void missingNumberIsRefusedAsRequired() {
        assertTrue(assertThrows(InvalidHelpRequestException.class, () -> usOnly.accept("phone", " "))
                .getMessage().contains("required"));
    }

    @Test
    void premiumRateNumbersAreRefusedAgainstTollFraud() {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", "+1 900 234 5678"));
        assertTrue(refused.getMessage().contains("premium-rate"), refused.getMessage());
    }

    @Test
    void sharedCostNumbersAreRefused() {
        PhoneNumberPolicy uk = new PhoneNumberPolicy("GB", Set.of());
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> uk.accept("phone", "0845 464 0000"));
        assertTrue(refused.getMessage().contains("shared-cost"), refused.getMessage());
    }

    @Test
    void countriesOutsideTheAllowListAreRefused() {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", "+44 20 7946 0958"));
        assertTrue(refused.getMessage().contains("GB"), refused.getMessage());
    }

    @Test
    void allowListAdmitsTheCountriesItNames() {
        PhoneNumberPolicy europe = new PhoneNumberPolicy("DE", Set.of("de", " GB"));
        assertEquals("+442079460958", europe.accept("phone", "+44 20 7946 0958").e164());
        assertEquals("+493012345678", europe.accept("phone", "030 12345678").e164());
        assertThrows(InvalidHelpRequestException.class, () -> europe.accept("phone", "+1 650 253 0000"));
    }

    @Test
    void unknownDefaultRegionIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumberPolicy("XX", Set.of()));
    }

    @Test
    void logsSeeAMaskedNumber() {
        assertEquals("+1650…00", PhoneNumber.ofE164("+16502530000").masked());
    }

    @Test
    void numbersAreShownToPeopleInTheirCountrysGrouping() {
        assertEquals("+1 800-555-0100", PhoneNumber.ofE164("+18005550100").international());
        assertEquals("+44 20 7946 0000", PhoneNumber.ofE164("+442079460000").international());
    }
}
