package org.helpdesk.screenpop;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What an agent's desktop shows the moment a request is given to them: the request, the caller's customer record and
 * their earlier requests, and the page they are reading now. Built on the server, in the assignment's transaction, and sent as it is (JSON to
 * integrations; the desktop renders it with Faces' escaping).
 *
 * @param verified whether the request's number is known to be the caller's; false for a call whose caller ID no
 *     trusted network vouched for: then nothing is looked up by the number (no customer record, no earlier requests,
 *     no page), since it may be anyone's
 * @param customer the customer record found by the phone number, or null
 * @param pastRequests the caller's other requests, newest first, at most {@link ScreenPops#PAST_REQUESTS}
 * @param readingNow the page the caller is reading on the customer's site as the pop is built, or null
 */
public record ScreenPop(String agent, Instant assignedAt, PoppedRequest request, boolean verified,
        CustomerRecord customer, List<PastRequest> pastRequests, CurrentPage readingNow) implements Serializable {

    public ScreenPop {
        pastRequests = List.copyOf(pastRequests);
    }
}
