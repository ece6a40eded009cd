package org.helpdesk.visit;

import org.helpdesk.request.PageUrl;

/**
 * A page a visitor's browser reported, after {@link VisitRules}: an http(s) address and a bounded title.
 *
 * @param title the page's title as the browser gave it (to be shown escaped), or null
 */
public record PageView(VisitorId visitor, PageUrl url, String title) {
}
