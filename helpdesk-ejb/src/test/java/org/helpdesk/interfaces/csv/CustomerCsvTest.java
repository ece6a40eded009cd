package org.helpdesk.interfaces.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.helpdesk.customer.CustomerFields;
import org.helpdesk.customer.ImportLine;
import org.junit.jupiter.api.Test;

class CustomerCsvTest {

    @Test
    void eachRowBecomesACustomerWithItsLineNumber() {
        List<ImportLine> lines = CustomerCsv.read("""
                name,phones,account,tier,notes
                Ann Example,(650) 253-0000,A-1,gold,"prefers email, not calls"
                Bob,+16502530001,,,
                """);

        assertEquals(2, lines.size());
        assertEquals(2, lines.get(0).line());
        assertEquals(new CustomerFields("Ann Example", List.of("(650) 253-0000"), "A-1", "gold",
                "prefers email, not calls"), lines.get(0).fields());
        assertEquals(3, lines.get(1).line());
    }

    @Test
    void severalNumbersShareOneCellSeparatedBySemicolons() {
        ImportLine line = CustomerCsv.read("name,phones,account,tier,notes\nAnn,650 253 0000; 650 253 0001,,,\n")
                .get(0);

        assertEquals(List.of("650 253 0000", " 650 253 0001"), line.fields().phones());
    }

    @Test
    void theHeaderMayNameTheColumnsInAnyOrderAndCase() {
        CustomerFields fields = CustomerCsv.read("Notes, TIER ,Phones,Name,Account\nn,t,p,Ann,a\n").get(0).fields();

        assertEquals(new CustomerFields("Ann", List.of("p"), "a", "t", "n"), fields);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedAloneWithItsLine() {
        List<ImportLine> lines = CustomerCsv.read("name,phones,account,tier,notes\nAnn,650 253 0000\nBob,x,,,\n");

        assertNull(lines.get(0).fields());
        assertEquals(2, lines.get(0).line());
        assertEquals("row", lines.get(0).refused().field());
        assertTrue(lines.get(0).refused().reason().contains("2 fields"), lines.get(0).refused().reason());
        assertEquals("Bob", lines.get(1).fields().name());
    }

    @Test
    void aHeaderWithAnUnknownOrMissingColumnFailsTheFile() {
        assertThrows(MalformedCsvException.class, () -> CustomerCsv.read("name,phones,account,tier,notes,email\n"));
        assertThrows(MalformedCsvException.class, () -> CustomerCsv.read("name,phones,account,tier\n"));
        assertThrows(MalformedCsvException.class, () -> CustomerCsv.read("name,phones,account,tier,name\n"));
    }

    @Test
    void anEmptyFileFailsAsLackingTheHeader() {
        assertEquals(1, assertThrows(MalformedCsvException.class, () -> CustomerCsv.read("")).line());
    }

    @Test
    void theByteOrderMarkOfSpreadsheetExportsIsIgnored() {
        assertEquals("Ann", CustomerCsv.read("\uFEFFname,phones,account,tier,notes\nAnn,1,,,\n").get(0).fields()
                .name());
    }

    @Test
    void aHeaderAloneImportsNothing() {
        assertEquals(List.of(), CustomerCsv.read("name,phones,account,tier,notes\r\n"));
    }

    @Test
    void moreRowsThanOneImportTakesAreRefusedAsTooLarge() {
        StringBuilder csv = new StringBuilder("name,phones,account,tier,notes\n");
        csv.append("a,1,,,\n".repeat(CustomerCsv.MAX_ROWS));

        assertEquals(CustomerCsv.MAX_ROWS, CustomerCsv.read(csv.toString()).size());
        assertThrows(ImportTooLargeException.class, () -> CustomerCsv.read(csv.append("a,1,,,\n").toString()));
    }
}
