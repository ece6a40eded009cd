package org.helpdesk.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.helpdesk.request.PageUrl;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.screenpop.CurrentPage;

/**
 * Someone browsing the customer's site, known by the random id their browser keeps. We keep only what the desk
 * needs: the page they read last, and the phone number they gave us (from then on they are <em>identified</em>).
 * No history: each view replaces the one before.
 */
@Entity
@Table(name = "visitor")
public class Visitor {

    @Id
    @Column(name = "visitor_id")
    private String id;

    @Version
    private long version;

    private PhoneNumber phone;

    @Column(name = "page_url")
    private PageUrl pageUrl;

    @Column(name = "page_title")
    private String pageTitle;

    @Column(name = "seen_at")
    private Instant seenAt;

    /** The last view or identification: a visitor inactive for the retention time is forgotten. */
    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    protected Visitor() {
        // for JPA
    }

    private Visitor(VisitorId id, Instant now) {
        this.id = id.value();
        this.lastActiveAt = now;
    }

    /** A visitor we hear of for the first time, through the page they are reading. */
    public static Visitor firstSeen(PageView view, Instant now) {
        Visitor visitor = new Visitor(view.visitor(), now);
        visitor.viewed(view, now);
        return visitor;
    }

    /** A visitor who told us their number before any of their pages reported in. */
    public static Visitor firstIdentified(VisitorId id, PhoneNumber phone, Instant now) {
        Visitor visitor = new Visitor(id, now);
        visitor.identify(phone, now);
        return visitor;
    }

    /** The visitor now reads this page; the page before is forgotten. */
    public void viewed(PageView view, Instant now) {
        pageUrl = view.url();
        pageTitle = view.title();
        seenAt = now;
        lastActiveAt = now;
    }

    /**
     * Links the visitor to the number they gave. The latest number wins: a browser shared by two people, or a
     * customer who typed another number, belongs to whoever spoke last.
     *
     * @return the number the visitor was linked to before, if it was another one
     */
    public Optional<PhoneNumber> identify(PhoneNumber number, Instant now) {
        PhoneNumber before = phone;
        phone = number;
        lastActiveAt = now;
        return before == null || before.equals(number) ? Optional.empty() : Optional.of(before);
    }

    /** Whether the visitor has read a page within {@code recent} before {@code now}. */
    public boolean isReadingNow(Instant now, Duration recent) {
        return seenAt != null && !seenAt.isBefore(now.minus(recent)) && !seenAt.isAfter(now);
    }

    /** The page last read, if any page reported in. */
    public Optional<CurrentPage> currentPage() {
        return seenAt == null ? Optional.empty()
                : Optional.of(new CurrentPage(pageUrl.value(), pageTitle, seenAt));
    }

    public VisitorId id() {
        return VisitorId.of(id);
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    public Instant lastActiveAt() {
        return lastActiveAt;
    }

    @Override
    public String toString() {
        return "visitor " + id().masked() + (phone == null ? "" : " (" + phone.masked() + ")");
    }
}
