package org.helpdesk.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.helpdesk.it.Api;
import org.helpdesk.it.Api.Reply;
import org.helpdesk.it.Deployments;
import org.helpdesk.it.Phones;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer database over REST, as an operator's and an agent's client see it. (The roles the resource names are
 * not enforced yet: these calls carry no credentials.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerApiIT {

    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv; charset=utf-8");

    private final Api api = Api.local().asAdmin();

    @Deployment(testable = false)
    static WebArchive helpdesk() {
        return Deployments.helpdesk();
    }

    /** {@code +16502530000} as a US caller writes it: {@code (650) 253-0000}. */
    private static String national(String e164) {
        return "(650) " + e164.substring(5, 8) + "-" + e164.substring(8);
    }

    private static String json(String name, String... phones) {
        String list = String.join(", ", List.of(phones).stream().map(phone -> "\"" + phone + "\"").toList());
        return "{\"name\": \"" + name + "\", \"phones\": [" + list + "]}";
    }

    private Reply create(String body) {
        return api.post("api/customers", body);
    }

    private Reply lookUp(String phone) {
        return api.get("api/customers?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    }

    @Test
    void createdCustomerAnswers201WithLocationAndItsNumbersInE164() {
        String mobile = Phones.unique();
        String office = Phones.unique();
        Reply reply = create("""
                {"name": " Ann Example ", "phones": ["%s", "%s"], "account": "A-100", "tier": "gold",
                 "notes": "prefers mornings"}""".formatted(national(mobile), office));

        assertEquals(201, reply.status(), reply::toString);
        JsonObject customer = reply.json();
        assertEquals("Ann Example", customer.getString("name"));
        assertEquals(List.of(mobile, office).stream().sorted().toList(),
                customer.getJsonArray("phones").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals("A-100", customer.getString("account"));
        assertEquals("gold", customer.getString("tier"));
        assertTrue(reply.header("Location").endsWith("/api/customers/" + customer.getString("id")));
        assertEquals(customer, api.get("api/customers/" + customer.getString("id")).json());
    }

    @Test
    void putReplacesTheWholeRecordAndClearsWhatItLeavesOut() {
        String first = Phones.unique();
        String second = Phones.unique();
        String id = create("""
                {"name": "Bob", "phones": ["%s"], "account": "B-1", "tier": "silver"}""".formatted(first))
                .json().getString("id");

        Reply updated = api.put("api/customers/" + id, json("Bob Builder", national(second)));

        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Bob Builder", updated.json().getString("name"));
        assertEquals(second, updated.json().getJsonArray("phones").getString(0));
        assertEquals(JsonValue.NULL, updated.json().get("account"));
        assertEquals(404, lookUp(first).status(), "the number left out no longer finds Bob");
        assertEquals(id, lookUp(second).json().getString("id"));
        assertEquals(404, api.put("api/customers/999999999999", json("Nobody", Phones.unique())).status());
    }

    @Test
    void lookUpByPhoneFindsTheCustomerWhateverTheNotation() {
        String phone = Phones.unique();
        String id = create(json("Carol", phone)).json().getString("id");

        Reply national = lookUp(national(phone));
        Reply e164 = api.get("api/customers?phone=" + phone);

        assertEquals(200, national.status(), national::toString);
        assertEquals(id, national.json().getString("id"));
        assertEquals(id, e164.json().getString("id"), "a \"+\" in the query is a plus, not a space");
        assertEquals(404, lookUp(Phones.unique()).status());
        assertEquals("phone", lookUp("not a number").json().getString("field"));
    }

    @Test
    void aNumberOfAnotherCustomerIsRefusedWith409NamingPhones() {
        String taken = Phones.unique();
        create(json("Dave", taken));
        String other = create(json("Erin", Phones.unique())).json().getString("id");

        Reply created = create(json("Frank", national(taken)));
        Reply updated = api.put("api/customers/" + other, json("Erin", taken));

        assertEquals(409, created.status(), created::toString);
        assertEquals("application/problem+json", created.header("Content-Type"));
        assertEquals("phones", created.json().getString("field"));
        assertEquals(409, updated.status(), updated::toString);
        assertEquals("phones", updated.json().getString("field"));
    }

    @Test
    void anInvalidNumberIsRefusedWith400NamingPhones() {
        Reply reply = create(json("Gina", Phones.unique(), "12"));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("phones", reply.json().getString("field"));
        assertTrue(reply.json().getString("detail").contains("\"12\""), reply::toString);
        assertEquals("name", create("{\"phones\": [\"" + Phones.unique() + "\"]}").json().getString("field"));
    }

    @Test
    void csvImportCreatesUpdatesByPhoneAndReportsBadRowsByLine() {
        String known = Phones.unique();
        String knownId = create(json("Old Name", known)).json().getString("id");
        String mobile = Phones.unique();
        String office = Phones.unique();
        String csv = "name,phones,account,tier,notes\r\n"
                + "\"Smith, Ann\"," + mobile + ";" + national(office) + ",A-1,gold,\"two\r\nlines, \"\"quoted\"\"\"\r\n"
                + "New Name," + national(known) + ",B-2,silver,\r\n"
                + "," + Phones.unique() + ",,,\r\n"
                + "Eve,12,,,\r\n"
                + "Too,few\r\n";

        Reply reply = api.post("api/customers/import", csv, CSV);

        assertEquals(200, reply.status(), reply::toString);
        JsonObject summary = reply.json();
        assertEquals(1, summary.getInt("created"), reply::toString);
        assertEquals(1, summary.getInt("updated"), reply::toString);
        List<String> rejected = summary.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getInt("line") + ":" + row.getString("field")).toList();
        assertEquals(List.of("5:name", "6:phones", "7:row"), rejected);

        JsonObject ann = lookUp(national(office)).json();
        assertEquals("Smith, Ann", ann.getString("name"));
        assertEquals("two\r\nlines, \"quoted\"", ann.getString("notes"));
        assertEquals(ann.getString("id"), lookUp(mobile).json().getString("id"));
        JsonObject updated = api.get("api/customers/" + knownId).json();
        assertEquals("New Name", updated.getString("name"));
        assertEquals("silver", updated.getString("tier"));
    }

    @Test
    void importingTheSameFileAgainCreatesNothing() {
        String csv = "name,phones,account,tier,notes\nHal," + Phones.unique() + ",,,\n";

        assertEquals(1, api.post("api/customers/import", csv, CSV).json().getInt("created"));
        JsonObject again = api.post("api/customers/import", csv, CSV).json();

        assertEquals(0, again.getInt("created"));
        assertEquals(1, again.getInt("updated"));
    }

    @Test
    void filesThatCannotBeReadAreRefusedWhole() {
        Reply noHeader = api.post("api/customers/import", "Ann," + Phones.unique() + ",,,\n", CSV);
        Reply openQuote = api.post("api/customers/import", "name,phones,account,tier,notes\n\"Ann,1,,,\n", CSV);
        Reply tooLarge = api.post("api/customers/import",
                "name,phones,account,tier,notes\n" + "x".repeat(5 * 1024 * 1024), CSV);
        Reply json = api.post("api/customers/import", "{}");

        assertEquals(400, noHeader.status(), noHeader::toString);
        assertEquals(400, openQuote.status(), openQuote::toString);
        assertEquals(2, openQuote.json().getInt("line"));
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals("application/problem+json", tooLarge.header("Content-Type"));
        assertEquals(415, json.status(), json::toString);
    }

    @Test
    void theListIsPagedInNameOrder() {
        create(json("Aaron Zero", Phones.unique()));

        Reply page = api.get("api/customers?offset=0&limit=1");

        assertEquals(200, page.status(), page::toString);
        assertEquals(1, page.json().getJsonArray("customers").size());
        assertEquals("Aaron Zero", page.json().getJsonArray("customers").getJsonObject(0).getString("name"));
        assertTrue(page.json().getInt("total") >= 1);
        assertEquals("limit", api.get("api/customers?limit=1000").json().getString("field"));
    }
}
