package org.helpdesk.customer;

import org.helpdesk.request.Violation;

/**
 * One row of an imported file: its line number (where the row starts; the header is line 1) and either the record
 * it holds or why its format already ruled it out (wrong number of columns).
 */
public record ImportLine(int line, CustomerFields fields, Violation refused) {

    public static ImportLine of(int line, CustomerFields fields) {
        return new ImportLine(line, fields, null);
    }

    public static ImportLine refused(int line, String field, String reason) {
        return new ImportLine(line, null, new Violation(field, reason));
    }
}
