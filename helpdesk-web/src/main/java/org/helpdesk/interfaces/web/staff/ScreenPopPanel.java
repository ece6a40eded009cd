package org.helpdesk.interfaces.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.screenpop.CurrentPage;
import org.helpdesk.screenpop.CustomerRecord;
import org.helpdesk.screenpop.PastRequest;
import org.helpdesk.screenpop.PoppedRequest;
import org.helpdesk.screenpop.ScreenPop;
import org.helpdesk.screenpop.ScreenPops;

/**
 * The screen-pop panel of the agent desktop: the request the agent is working on (on a call, or wrapping up a call
 * whose outcome they owe), read when the page opens and again when the server pushes "screen-pop"
 * ({@link DeskPush}) and the page asks for the panel. The next call never replaces a wrap-up that is owed: the
 * dialer offers the agent none until the outcome is recorded or the wrap-up time is over.
 */
@Named
@ViewScoped
public class ScreenPopPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(ZoneId.systemDefault());

    @Inject
    private transient ScreenPops screenPops;

    @Inject
    private transient SecurityContext security;

    @EJB
    private transient AgentRoster roster;

    private ScreenPop pop;

    @PostConstruct
    void load() {
        String login = security.getCallerPrincipal().getName();
        // the call in progress, or else the one whose outcome the agent still owes: its wrap-up form stays until done
        pop = screenPops.current(login).or(() -> roster.outcomeOwedBy(login).map(screenPops::of)).orElse(null);
    }

    /** The action behind the page's {@code refreshScreenPop()}, called when the server pushed a screen-pop. */
    public void refresh() {
        load();
    }

    public boolean isShown() {
        return pop != null;
    }

    public PoppedRequest getRequest() {
        return pop == null ? null : pop.request();
    }

    /**
     * Whether the number is known to be the caller's. When not, the desk says so and shows nothing looked up by the
     * number: the caller may be anyone.
     */
    public boolean isVerified() {
        return pop == null || pop.verified();
    }

    public CustomerRecord getCustomer() {
        return pop == null ? null : pop.customer();
    }

    /** The page the caller was reading on the customer's site when the call was given to the agent, or null. */
    public CurrentPage getReadingNow() {
        return pop == null ? null : pop.readingNow();
    }

    public List<PastRequest> getPastRequests() {
        return pop == null ? List.of() : pop.pastRequests();
    }

    /** What assistive technology reads out when the panel changes. */
    public String getAnnouncement() {
        if (pop == null) {
            return "";
        }
        PoppedRequest request = pop.request();
        String who = request.customerName() != null ? request.customerName()
                : pop.verified() ? request.phone() : "unverified number " + request.phone();
        return "New call for you: " + who + (request.pageTitle() == null ? "" : ", from the page " + request.pageTitle());
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
