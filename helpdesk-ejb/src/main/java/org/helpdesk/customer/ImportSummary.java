package org.helpdesk.customer;

import java.util.List;

/**
 * What an import did: customers created, customers updated (a row with a number they own), and every refusal with
 * its line and field (a row with several invalid fields is listed once per field). Refused rows changed nothing.
 */
public record ImportSummary(int created, int updated, List<Rejection> rejected) {

    public ImportSummary {
        rejected = List.copyOf(rejected);
    }

    public record Rejection(int line, String field, String reason) {
    }
}
