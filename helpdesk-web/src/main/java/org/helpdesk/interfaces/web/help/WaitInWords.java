package org.helpdesk.interfaces.web.help;

import java.io.Serializable;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.request.RequestStatus;

/**
 * The estimated wait of a queued request as a customer reads it: a bundle key ({@code help.wait.*}) and the amount
 * in its unit. Rounded to what is worth saying: "in a moment", "about 5 minutes", "about 2 hours". Agents busy on
 * calls still give a number (see {@link org.helpdesk.queue.WaitEstimate}); only when nobody of the queue is staffed
 * is there none to give, and the words say so.
 */
record WaitInWords(String key, long amount) implements Serializable {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;

    /** @return the words for a queued request, null for any other status (there is no wait to tell) */
    static WaitInWords of(HelpRequestView request) {
        if (request.status() != RequestStatus.QUEUED) {
            return null;
        }
        Long seconds = request.estimatedWaitSeconds();
        if (seconds == null) {
            return new WaitInWords("help.wait.noAgent", 0);
        }
        if (seconds <= 0) {
            return new WaitInWords("help.wait.now", 0);
        }
        if (seconds < 90 * MINUTE) {
            return new WaitInWords("help.wait.minutes", Math.max(1, Math.round(seconds / (double) MINUTE)));
        }
        return new WaitInWords("help.wait.hours", Math.round(seconds / (double) HOUR));
    }
}
