package org.helpdesk.screenpop;

import java.io.Serializable;
import java.time.Instant;

/** One of the caller's earlier requests, as a line in the screen-pop's history. */
public record PastRequest(String id, Instant createdAt, String status, String queue, String pageTitle)
        implements Serializable {
}
