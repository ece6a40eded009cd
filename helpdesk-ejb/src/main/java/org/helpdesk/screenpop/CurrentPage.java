package org.helpdesk.screenpop;

import java.io.Serializable;
import java.time.Instant;

/**
 * The page a caller is reading on the customer's site, as their browser last reported it.
 *
 * @param url only ever an http(s) address
 * @param title the page's title as the browser sent it (to be shown escaped), or null
 * @param seenAt when the browser reported it
 */
public record CurrentPage(String url, String title, Instant seenAt) implements Serializable {
}
