package org.helpdesk.visit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.helpdesk.ratelimit.ClientRateLimiter;
import org.helpdesk.request.PhoneNumber;

/**
 * The door for everything that tells us about visitors: browsers reporting pages (anonymous, so rate-limited per
 * client address before any database work), the customer's site reporting a login, and help requests carrying the
 * visitor id of the browser they came from.
 */
@ApplicationScoped
public class Visits {

    private static final Logger LOG = Logger.getLogger(Visits.class.getName());

    @EJB
    private VisitorService service;

    @Inject
    private VisitRules rules;

    @Inject
    private ClientRateLimiter clientRateLimiter;

    /** A browser reports the page it shows. */
    public void pageViewed(String visitorId, String url, String title, String clientAddress) {
        clientRateLimiter.admitPageView(clientAddress);
        PageView view = rules.pageView(visitorId, url, title);
        try {
            service.viewed(view);
        } catch (VisitorExistsException e) {
            // the visitor's other tab created it a moment ago: now it is found
            service.viewed(view);
        }
    }

    /** The customer's site reports that this visitor logged in as the owner of this number. */
    public void loggedIn(String visitorId, String phone) {
        VisitRules.Identification identified = rules.identification(visitorId, phone);
        identify(identified.visitor(), identified.phone(), "site login");
    }

    /**
     * A help request was accepted for this number from the browser with this visitor id. Called after the request
     * is committed: a failure here must not turn an accepted request into an error the customer would retry, so it
     * is logged and the visitor stays as they were.
     */
    public void helpRequested(VisitorId visitor, PhoneNumber phone) {
        try {
            identify(visitor, phone, "help request");
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Could not identify " + visitor.masked() + " from a help request", e);
        }
    }

    private void identify(VisitorId visitor, PhoneNumber phone, String how) {
        try {
            service.identify(visitor, phone, how);
        } catch (VisitorExistsException e) {
            service.identify(visitor, phone, how);
        }
    }
}
