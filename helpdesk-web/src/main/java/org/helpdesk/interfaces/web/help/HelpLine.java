package org.helpdesk.interfaces.web.help;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.helpdesk.queue.QueueOverview;
import org.helpdesk.request.PhoneNumber;
import org.helpdesk.request.Submission;

/**
 * The queue's help number on the customer pages, as a {@code tel:} link: a customer may rather call us from their
 * own phone or softphone than wait for our call. Looked up once per page ({@link #show(String)} from a view event),
 * so that the getters only answer. Nothing is shown for a queue without a number.
 */
@Named
@RequestScoped
public class HelpLine {

    @EJB
    private QueueOverview queues;

    private PhoneNumber number;

    /** @param queue the queue the page is about, as the link or the request named it; null is the default queue */
    public void show(String queue) {
        number = queues.helpNumber(queue == null || queue.isBlank() ? Submission.DEFAULT_QUEUE : queue.strip())
                .orElse(null);
    }

    public boolean isShown() {
        return number != null;
    }

    /** {@code tel:+18005550100}: E.164, so nothing in it needs escaping and every dialler understands it. */
    public String getTelUri() {
        return number == null ? null : "tel:" + number.e164();
    }

    /** The number grouped for reading: {@code +1 800-555-0100}. */
    public String getReadable() {
        return number == null ? null : number.international();
    }
}
