package org.helpdesk.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.helpdesk.request.PageUrlPolicy;
import org.helpdesk.request.PhoneNumberPolicy;
import org.helpdesk.request.Violation;
import org.junit.jupiter.api.Test;

class VisitRulesTest {

    private static final String VISITOR = "Zx0_-abcdefghijKLMN";
    private final VisitRules rules = new VisitRules(new PageUrlPolicy(Set.of(".example.com")),
            new PhoneNumberPolicy("US", Set.of()));

    private static List<String> fields(InvalidVisitException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aPageViewKeepsTheAddressAndTheTrimmedTitle() {
        PageView view = rules.pageView(VISITOR, "https://shop.example.com/cart", "  Your cart ");

        assertEquals(VISITOR, view.visitor().value());
        assertEquals("https://shop.example.com/cart", view.url().value());
        assertEquals("Your cart", view.title());
        assertNull(rules.pageView(VISITOR, "https://shop.example.com/", " ").title(), "a blank title is none");
    }

    @Test
    void everyBadFieldOfAPageViewIsNamedAtOnce() {
        var refused = assertThrows(InvalidVisitException.class,
                () -> rules.pageView("short", "javascript:alert(1)", "t".repeat(301)));

        assertEquals(List.of("visitorId", "url", "title"), fields(refused));
        assertEquals("The visit has invalid fields", refused.title());
    }

    @Test
    void onlyWebAddressesOfTheSiteAreTaken() {
        for (String url : List.of("data:text/html,hi", "ftp://shop.example.com/", "https://evil.test/",
                "https://user:pw@shop.example.com/", "")) {
            var refused = assertThrows(InvalidVisitException.class, () -> rules.pageView(VISITOR, url, null), url);
            assertEquals(List.of("url"), fields(refused), url);
        }
    }

    @Test
    void visitorIdsAreRandomTokensNotAnyText() {
        assertTrue(VisitorId.isWellFormed("a".repeat(16)));
        assertTrue(VisitorId.isWellFormed("A-z_9".repeat(12) + "abcd"));
        assertFalse(VisitorId.isWellFormed("a".repeat(15)), "too short to be random");
        assertFalse(VisitorId.isWellFormed("a".repeat(65)));
        assertFalse(VisitorId.isWellFormed("abcdefghijklmnop<script>"));
        assertFalse(VisitorId.isWellFormed("abcdefghijklmnop\n"));
        assertFalse(VisitorId.isWellFormed(null));
        assertFalse(VisitorId.of("abcdefghijklmnopqrst").toString().contains("klmnop"), "logs show only a prefix");
    }

    @Test
    void anIdentificationNeedsANumberWeWouldCall() {
        var identified = rules.identification(VISITOR, "(650) 253-0000");
        assertEquals("+16502530000", identified.phone().e164());

        var refused = assertThrows(InvalidVisitException.class, () -> rules.identification(null, "+33 1 23 45 67 89"));
        assertEquals(List.of("visitorId", "phone"), fields(refused));
    }
}
