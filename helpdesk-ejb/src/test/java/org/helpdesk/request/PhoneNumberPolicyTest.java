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

    @ParameterizedTest
    @ValueSource(strings = {"+1 500 555 0100", "+1 800 234 5678", "+1 305 209 0123"})
    void byDefaultOnlyLandlineAndMobileNumbersAreCalled(String written) {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", written));
        assertEquals("phone", refused.field());
        assertTrue(refused.violations().get(0).reason().endsWith("we call only landline and mobile numbers"),
                refused.getMessage());
    }

    @Test
    void aPersonalNumberIsRefusedWithAReasonACustomerUnderstands() {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", "+1 500 555 0100"));
        assertEquals("is a personal number, which can carry charges; we call only landline and mobile numbers",
                refused.violations().get(0).reason());
    }

    @Test
    void premiumRateNumbersAreRefusedAgainstTollFraud() {
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> usOnly.accept("phone", "+1 900 234 5678"));
        assertTrue(refused.getMessage().contains("premium-rate"), refused.getMessage());
    }

    @Test
    void sharedCostNumbersAreRefused() {
        PhoneNumberPolicy germany = new PhoneNumberPolicy("DE", Set.of());
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> germany.accept("phone", "0180 1 2345"));
        assertTrue(refused.getMessage().contains("shared-cost"), refused.getMessage());
    }

    @Test
    void anOperatorMayCallFurtherKindsOfNumber() {
        PhoneNumberPolicy withTollFree = new PhoneNumberPolicy("US", Set.of(),
                NumberKind.parse("fixed_line, MOBILE,TOLL_FREE"));

        assertEquals("+18002345678", withTollFree.accept("phone", "(800) 234-5678").e164());
        InvalidHelpRequestException refused = assertThrows(InvalidHelpRequestException.class,
                () -> withTollFree.accept("phone", "+1 500 555 0100"));
        assertTrue(refused.getMessage().endsWith("we call only landline, mobile and toll-free numbers"),
                refused.getMessage());
    }

    @Test
    void numbersThatMayBeEitherLandlineOrMobileCountAsBoth() {
        PhoneNumberPolicy mobileOnly = new PhoneNumberPolicy("GB", Set.of("GB", "US"), NumberKind.parse("MOBILE"));

        assertEquals("+16502530000", mobileOnly.accept("phone", "+1 650 253 0000").e164());
        assertEquals("+447400123456", mobileOnly.accept("phone", "07400 123456").e164());
        InvalidHelpRequestException landline = assertThrows(InvalidHelpRequestException.class,
                () -> mobileOnly.accept("phone", "020 7946 0958"));
        assertEquals("is a landline number; we call only mobile numbers", landline.violations().get(0).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PREMIUM_RATE", "FIXED_LINE,SHARED_COST", "", " , ", "LANDLINE", "FIXED_LINE_OR_MOBILE"})
    void aConfigurationThatWouldCallNoneOrForbiddenKindsIsRefused(String configured) {
        assertThrows(IllegalArgumentException.class, () -> NumberKind.parse(configured));
    }

    @Test
    void kindsThatAreNeverCalledCannotBeGivenToThePolicyEither() {
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumberPolicy("US", Set.of(),
                Set.of(NumberKind.FIXED_LINE, NumberKind.PREMIUM_RATE)));
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
