package org.helpdesk.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.request.PageUrlPolicy;
import org.helpdesk.request.PhoneNumber;
import org.junit.jupiter.api.Test;

class VisitorTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final VisitorId ID = VisitorId.of("v-0123456789abcdef");
    private static final PhoneNumber ANN = PhoneNumber.ofE164("+16502530000");
    private static final PhoneNumber BOB = PhoneNumber.ofE164("+16502530001");

    private static PageView view(String url, String title) {
        return new PageView(ID, new PageUrlPolicy(Set.of()).accept("url", url), title);
    }

    @Test
    void aViewReplacesThePageBeforeIt() {
        Visitor visitor = Visitor.firstSeen(view("https://shop.example.com/cart", "Cart"), NOON);

        visitor.viewed(view("https://shop.example.com/pay", "Pay"), NOON.plusSeconds(30));

        var page = visitor.currentPage().orElseThrow();
        assertEquals("https://shop.example.com/pay", page.url());
        assertEquals("Pay", page.title());
        assertEquals(NOON.plusSeconds(30), page.seenAt());
    }

    @Test
    void aVisitorIsReadingNowUntilTheRecentWindowHasPassed() {
        Visitor visitor = Visitor.firstSeen(view("https://shop.example.com/cart", null), NOON);

        assertTrue(visitor.isReadingNow(NOON, FIVE_MINUTES));
        assertTrue(visitor.isReadingNow(NOON.plus(FIVE_MINUTES), FIVE_MINUTES), "the window includes its end");
        assertFalse(visitor.isReadingNow(NOON.plus(FIVE_MINUTES).plusMillis(1), FIVE_MINUTES), "stale after it");
    }

    @Test
    void aVisitorIdentifiedBeforeAnyPageReadsNothing() {
        Visitor visitor = Visitor.firstIdentified(ID, ANN, NOON);

        assertEquals(Optional.of(ANN), visitor.phone());
        assertTrue(visitor.currentPage().isEmpty());
        assertFalse(visitor.isReadingNow(NOON, FIVE_MINUTES));
    }

    @Test
    void theLatestNumberWinsAndTheOneBeforeIsReported() {
        Visitor visitor = Visitor.firstIdentified(ID, ANN, NOON);

        assertEquals(Optional.empty(), visitor.identify(ANN, NOON.plusSeconds(1)), "the same number changes nothing");
        assertEquals(Optional.of(ANN), visitor.identify(BOB, NOON.plusSeconds(2)));
        assertEquals(Optional.of(BOB), visitor.phone());
    }

    @Test
    void viewsAndIdentificationsKeepTheVisitorActive() {
        Visitor visitor = Visitor.firstSeen(view("https://shop.example.com/", null), NOON);
        visitor.identify(ANN, NOON.plusSeconds(60));
        assertEquals(NOON.plusSeconds(60), visitor.lastActiveAt());
        visitor.viewed(view("https://shop.example.com/a", null), NOON.plusSeconds(90));
        assertEquals(NOON.plusSeconds(90), visitor.lastActiveAt());
    }
}
