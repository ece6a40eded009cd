package org.helpdesk.visit;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.PageUrl;
import org.helpdesk.request.PageUrlPolicy;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.PhoneNumberPolicy;
import org.helpdesk.request.Violation;

/**
 * What a browser's page report and a site's login report must satisfy. Page addresses and numbers follow the help
 * request's rules, because they end up in the same place: a link and a number on an agent's screen. Every field is
 * checked, so one refusal names all bad fields.
 */
public final class VisitRules {

    private final PageUrlPolicy pages;
    private final PhoneNumberPolicy phones;

    public VisitRules(PageUrlPolicy pages, PhoneNumberPolicy phones) {
        this.pages = pages;
        this.phones = phones;
    }

    public PageView pageView(String visitorId, String url, String title) {
        List<Violation> violations = new ArrayList<>();
        VisitorId visitor = visitor(violations, visitorId);
        PageUrl page = null;
        if (url == null || url.isBlank()) {
            violations.add(new Violation("url", "is required"));
        } else {
            try {
                page = pages.accept("url", url);
            } catch (InvalidHelpRequestException e) {
                violations.addAll(e.violations());
            }
        }
        String shownTitle = title == null || title.isBlank() ? null : title.strip();
        if (shownTitle != null && shownTitle.length() > IntakeRules.MAX_TITLE) {
            violations.add(new Violation("title", "is longer than " + IntakeRules.MAX_TITLE + " characters"));
        }
        refuseIfAny(violations);
        return new PageView(visitor, page, shownTitle);
    }

    /** A visitor and the number they told us, named {@code visitorId} and {@code phone}. */
    public Identification identification(String visitorId, String phone) {
        List<Violation> violations = new ArrayList<>();
        VisitorId visitor = visitor(violations, visitorId);
        PhoneNumber number = null;
        try {
            number = phones.accept("phone", phone);
        } catch (InvalidHelpRequestException e) {
            violations.addAll(e.violations());
        }
        refuseIfAny(violations);
        return new Identification(visitor, number);
    }

    private static VisitorId visitor(List<Violation> violations, String raw) {
        if (VisitorId.isWellFormed(raw)) {
            return VisitorId.of(raw);
        }
        violations.add(new Violation("visitorId", raw == null || raw.isEmpty() ? "is required"
                : VisitorId.RULE));
        return null;
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidVisitException(violations);
        }
    }

    public record Identification(VisitorId visitor, PhoneNumber phone) {
    }
}
