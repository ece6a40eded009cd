package org.helpdesk.screenpop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.HelpRequestRepository;
import org.helpdesk.request.PageUrl;

/** Builds screen-pops from the database: for a request just assigned, or for what an agent is working on now. */
@ApplicationScoped
public class ScreenPops {

    /** How many earlier requests of the caller a screen-pop lists. */
    public static final int PAST_REQUESTS = 10;

    @Inject
    private HelpRequestRepository requests;

    @Inject
    private CustomerRecords customers;

    @Inject
    private CurrentPages pages;

    /**
     * The screen-pop of a request given to an agent ({@link HelpRequest#assignedAgent()}). For a number that is not
     * known to be the caller's (an unverified caller ID) nothing is looked up: whoever owns the number did not
     * necessarily call, and their record, history and browsing are not the caller's to hear.
     */
    public ScreenPop of(HelpRequest request) {
        PoppedRequest shown = new PoppedRequest(request.id().value(), request.phone().e164(), request.queue(),
                request.customerName(), request.pageTitle(), webAddress(request.pageUrl()), request.note(),
                request.createdAt(), request.preferredTime(), request.attempts());
        if (!request.phoneVerified()) {
            return new ScreenPop(request.assignedAgent(), request.statusChangedAt(), shown, false, null, List.of(),
                    null);
        }
        return new ScreenPop(request.assignedAgent(), request.statusChangedAt(), shown, true,
                customers.byPhone(request.phone()).orElse(null),
                requests.pastRequestsOf(request.phone(), request.id(), PAST_REQUESTS).stream()
                        .map(past -> new PastRequest(past.id().value(), past.createdAt(), past.status().name(),
                                past.queue(), past.pageTitle()))
                        .toList(),
                pages.readingNow(request.phone()).filter(page -> webAddress(page.url()) != null).orElse(null));
    }

    /** The screen-pop of the request the agent is being connected to or talking with, if any. */
    public Optional<ScreenPop> current(String agentLogin) {
        return requests.currentlyAssignedTo(agentLogin).map(this::of);
    }

    /**
     * The intake (and the page reports) admit only http(s) page addresses; checked again here because this is where the address becomes a
     * link in an agent's browser, and a {@code javascript:} link there would run with the agent's rights.
     */
    private static String webAddress(PageUrl url) {
        return url == null ? null : webAddress(url.value());
    }

    private static String webAddress(String url) {
        String scheme = URI.create(url).getScheme();
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? url : null;
    }
}
