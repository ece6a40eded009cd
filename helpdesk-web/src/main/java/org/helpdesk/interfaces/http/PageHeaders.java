package org.helpdesk.interfaces.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every page of ours carries: never framed by another site (clickjacking), never cached (they
 * show phone numbers and customer records), content types taken as sent. Only the referrer policy differs by page.
 */
public final class PageHeaders {

    private PageHeaders() {
    }

    /** @param referrerPolicy what the browser may tell the sites our pages link to */
    public static void apply(HttpServletResponse response, String referrerPolicy) {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", referrerPolicy);
        response.setHeader("Cache-Control", "no-store");
    }
}
