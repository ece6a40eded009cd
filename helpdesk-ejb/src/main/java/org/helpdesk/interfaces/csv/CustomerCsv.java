package org.helpdesk.interfaces.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.customer.CustomerFields;
import org.helpdesk.customer.ImportLine;

/**
 * The CSV file of customers an operator imports: a header line naming the columns {@code name, phones, account,
 * tier, notes} (all five, in any order, any case), then one customer per row. A customer's several numbers share
 * one cell, separated by {@value #PHONE_SEPARATOR}. Only the shape is checked here; {@code CustomerRules} judges
 * the values.
 */
public final class CustomerCsv {

    public static final List<String> COLUMNS = List.of("name", "phones", "account", "tier", "notes");
    public static final char PHONE_SEPARATOR = ';';
    public static final int MAX_ROWS = 50_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CustomerCsv() {
    }

    public static List<ImportLine> read(String text) {
        // spreadsheets saving "CSV UTF-8" start the file with a byte order mark
        String csv = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        List<CsvRecord> records = CsvParser.parse(csv, MAX_ROWS + 2);
        if (records.isEmpty()) {
            throw new MalformedCsvException(1, "the file is empty; its first line must be the header "
                    + String.join(",", COLUMNS));
        }
        if (records.size() > MAX_ROWS + 1) {
            throw new ImportTooLargeException("a file may hold at most " + MAX_ROWS + " customers; split it");
        }
        Map<String, Integer> columns = header(records.get(0));
        List<ImportLine> lines = new ArrayList<>();
        for (CsvRecord row : records.subList(1, records.size())) {
            lines.add(line(row, columns));
        }
        return lines;
    }

    private static Map<String, Integer> header(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new MalformedCsvException(header.line(), "unknown column \"" + column + "\"; the header names "
                        + String.join(",", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw new MalformedCsvException(header.line(), "column \"" + column + "\" appears twice");
            }
        }
        if (columns.size() != COLUMNS.size()) {
            List<String> missing = COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
            throw new MalformedCsvException(header.line(), "the header lacks " + String.join(",", missing)
                    + "; it names " + String.join(",", COLUMNS));
        }
        return columns;
    }

    private static ImportLine line(CsvRecord row, Map<String, Integer> columns) {
        if (row.fields().size() != columns.size()) {
            return ImportLine.refused(row.line(), "row", "has " + row.fields().size() + " fields; the header has "
                    + columns.size());
        }
        String phones = row.fields().get(columns.get("phones"));
        return ImportLine.of(row.line(), new CustomerFields(
                row.fields().get(columns.get("name")),
                Arrays.asList(phones.split(String.valueOf(PHONE_SEPARATOR))),
                row.fields().get(columns.get("account")),
                row.fields().get(columns.get("tier")),
                row.fields().get(columns.get("notes"))));
    }
}
