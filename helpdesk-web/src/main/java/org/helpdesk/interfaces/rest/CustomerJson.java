package org.helpdesk.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.customer.CustomerFields;
import org.helpdesk.customer.CustomerPage;
import org.helpdesk.customer.CustomerView;
import org.helpdesk.customer.ImportSummary;
import org.helpdesk.customer.InvalidCustomerException;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.interfaces.json.JsonFields;
import org.helpdesk.request.Violation;

/**
 * The JSON shape of a customer: {@code {name, phones: [...], account?, tier?, notes?}} in, the same with
 * {@code id}, {@code createdAt} and {@code updatedAt} out. Only names and types are checked here (each unknown field
 * and wrong type named; the read-only fields of the answer are ignored, so that what GET answered can be sent back);
 * the customer rules judge the values.
 */
final class CustomerJson {

    private static final List<String> TEXT_FIELDS = List.of("name", "account", "tier", "notes");
    private static final Set<String> FIELDS = Set.of("name", "phones", "account", "tier", "notes", "id", "createdAt",
            "updatedAt");

    private CustomerJson() {
    }

    static CustomerFields fields(JsonObject json) {
        List<Violation> violations = new ArrayList<>(JsonFields.unknown(json, FIELDS, "a customer"));
        for (String field : TEXT_FIELDS) {
            JsonValue value = json.get(field);
            if (value != null && !(value instanceof JsonString) && value != JsonValue.NULL) {
                violations.add(new Violation(field, "must be a string"));
            }
        }
        List<String> phones = new ArrayList<>();
        JsonValue phoneValue = json.get("phones");
        if (phoneValue instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            array.getValuesAs(JsonString.class).forEach(phone -> phones.add(phone.getString()));
        } else if (phoneValue != null && phoneValue != JsonValue.NULL) {
            violations.add(new Violation("phones", "must be an array of strings"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCustomerException(violations);
        }
        return new CustomerFields(text(json, "name"), phones, text(json, "account"), text(json, "tier"),
                text(json, "notes"));
    }

    static JsonObjectBuilder of(CustomerView customer) {
        JsonArrayBuilder phones = JsonFactories.array();
        customer.phones().forEach(phones::add);
        JsonObjectBuilder json = JsonFactories.object()
                .add("id", customer.id())
                .add("name", customer.name())
                .add("phones", phones);
        add(json, "account", customer.account());
        add(json, "tier", customer.tier());
        add(json, "notes", customer.notes());
        return json.add("createdAt", customer.createdAt().toString())
                .add("updatedAt", customer.updatedAt().toString());
    }

    static JsonObjectBuilder of(CustomerPage page) {
        JsonArrayBuilder customers = JsonFactories.array();
        page.customers().forEach(customer -> customers.add(of(customer)));
        return JsonFactories.object()
                .add("customers", customers)
                .add("offset", page.offset())
                .add("limit", page.limit())
                .add("total", page.total());
    }

    static JsonObjectBuilder of(ImportSummary summary) {
        JsonArrayBuilder rejected = JsonFactories.array();
        summary.rejected().forEach(rejection -> rejected.add(JsonFactories.object()
                .add("line", rejection.line())
                .add("field", rejection.field())
                .add("reason", rejection.reason())));
        return JsonFactories.object()
                .add("created", summary.created())
                .add("updated", summary.updated())
                .add("rejected", rejected);
    }

    private static String text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString string ? string.getString() : null;
    }

    private static void add(JsonObjectBuilder json, String field, String value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value);
        }
    }
}
