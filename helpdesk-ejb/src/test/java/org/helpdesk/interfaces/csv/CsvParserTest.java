package org.helpdesk.interfaces.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    private static List<CsvRecord> parse(String text) {
        return CsvParser.parse(text, 100);
    }

    private static List<List<String>> fields(String text) {
        return parse(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void fieldsAreSeparatedByCommasAndRecordsByLineBreaks() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e", "f")), fields("a,b,c\nd,e,f\n"));
    }

    @Test
    void theLastRecordNeedsNoLineBreak() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), fields("a,b\r\nc,d"));
    }

    @Test
    void crlfLfAndCrAllEndARecord() {
        assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), fields("1\r\n2\n3\r4"));
    }

    @Test
    void emptyFieldsAreKeptAndSpacesAreText() {
        assertEquals(List.of(List.of("", " a ", "", "")), fields(", a ,,"));
    }

    @Test
    void quotedFieldsMayHoldCommasLineBreaksAndDoubledQuotes() {
        assertEquals(List.of(List.of("Smith, Ann", "line one\nline two", "she said \"hi\"", "")),
                fields("\"Smith, Ann\",\"line one\nline two\",\"she said \"\"hi\"\"\",\"\"\n"));
    }

    @Test
    void emptyLinesAreSkipped() {
        assertEquals(List.of(List.of("a"), List.of("b")), fields("\na\n\r\n\nb\n\n"));
    }

    @Test
    void eachRecordKnowsTheLineItStartsOnEvenAfterLineBreaksInQuotes() {
        List<CsvRecord> records = parse("h1,h2\n\"two\r\nlines\",x\n\nlast,y\n");

        assertEquals(List.of(1, 2, 5), records.stream().map(CsvRecord::line).toList());
        assertEquals(List.of("two\r\nlines", "x"), records.get(1).fields());
    }

    @Test
    void anUnclosedQuoteFailsTheTextWithTheLineWhereItOpened() {
        MalformedCsvException failure = assertThrows(MalformedCsvException.class,
                () -> parse("a,b\nc,\"never closed\nd,e\n"));

        assertEquals(2, failure.line());
    }

    @Test
    void textAfterAClosingQuoteFailsTheText() {
        MalformedCsvException failure = assertThrows(MalformedCsvException.class,
                () -> parse("a,b\n\"Ann\" Smith,x\n"));

        assertEquals(2, failure.line());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldFailsTheText() {
        MalformedCsvException failure = assertThrows(MalformedCsvException.class, () -> parse("a,b\nc,d\ne,5\"\n"));

        assertEquals(3, failure.line());
    }

    @Test
    void readsNoMoreRecordsThanAskedFor() {
        assertEquals(2, CsvParser.parse("1\n2\n3\n4\n", 2).size());
    }
}
