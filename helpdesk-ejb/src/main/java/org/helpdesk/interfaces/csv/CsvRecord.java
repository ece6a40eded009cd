package org.helpdesk.interfaces.csv;

import java.util.List;

/** One record of a CSV text: its fields, and the line it starts on (counting from 1, as an editor does). */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
