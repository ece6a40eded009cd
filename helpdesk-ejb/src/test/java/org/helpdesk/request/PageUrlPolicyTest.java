package org.helpdesk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageUrlPolicyTest {

    private final PageUrlPolicy anySite = new PageUrlPolicy(Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.com/cart?item=1#pay", "http://example.com", "HTTPS://Example.com/a"})
    void webAddressesAreKeptAsGiven(String url) {
        assertEquals(url, anySite.accept("pageUrl", url).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
        "vbscript:msgbox", "file:///etc/passwd", "ftp://example.com/x", "//example.com/x", "/relative/path",
        "https://", "https://user:secret@example.com/", "http://exa mple.com/"})
    void anythingButAnAbsoluteWebAddressIsRefused(String url) {
        assertEquals("pageUrl", assertThrows(InvalidHelpRequestException.class,
                () -> anySite.accept("pageUrl", url)).field());
    }

    @Test
    void addressesLongerThan2048CharactersAreRefused() {
        String longUrl = "https://example.com/" + "a".repeat(2048);
        assertThrows(InvalidHelpRequestException.class, () -> anySite.accept("pageUrl", longUrl));
    }

    @Test
    void configuredSiteHostsRestrictWhichPagesAreAccepted() {
        PageUrlPolicy ourSites = new PageUrlPolicy(Set.of("www.example.com", ".shop.example.com"));
        ourSites.accept("pageUrl", "https://www.example.com/help");
        ourSites.accept("pageUrl", "https://eu.shop.example.com/cart");
        ourSites.accept("pageUrl", "https://shop.example.com/cart");
        assertThrows(InvalidHelpRequestException.class, () -> ourSites.accept("pageUrl", "https://evil.example.net/"));
        assertThrows(InvalidHelpRequestException.class,
                () -> ourSites.accept("pageUrl", "https://www.example.com.evil.net/"));
    }
}
