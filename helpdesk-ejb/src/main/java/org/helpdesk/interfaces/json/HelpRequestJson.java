package org.helpdesk.interfaces.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.Submission;
import org.helpdesk.request.Violation;

/**
 * The JSON shape of help requests, shared by the REST API and the JMS channel:
 * {@code {phone, name?, pageUrl?, pageTitle?, preferredTime?, queue?, note?, visitorId?}} in, and the request's
 * state out.
 * Only names and types are checked here (each unknown field and wrong type named); the intake rules judge the values.
 */
public final class HelpRequestJson {

    private static final List<String> TEXT_FIELDS = List.of("phone", "name", "pageUrl", "pageTitle", "queue", "note",
            "visitorId");
    private static final Set<String> FIELDS = Stream.concat(TEXT_FIELDS.stream(), Stream.of("preferredTime"))
            .collect(Collectors.toUnmodifiableSet());

    private HelpRequestJson() {
    }

    public static Submission submission(JsonObject json, RequestSource source, String idempotencyKey,
            String clientAddress) {
        List<Violation> violations = new ArrayList<>(JsonFields.unknown(json, FIELDS, "a help request"));
        for (String field : TEXT_FIELDS) {
            JsonValue value = json.get(field);
            if (value != null && value.getValueType() != JsonValue.ValueType.STRING
                    && value.getValueType() != JsonValue.ValueType.NULL) {
                violations.add(new Violation(field, "must be a string"));
            }
        }
        OffsetDateTime preferredTime = null;
        String preferred = text(json, "preferredTime");
        if (json.containsKey("preferredTime") && preferred == null && !json.isNull("preferredTime")) {
            violations.add(new Violation("preferredTime", "must be a string"));
        } else if (preferred != null && !preferred.isBlank()) {
            try {
                preferredTime = OffsetDateTime.parse(preferred.strip());
            } catch (DateTimeParseException e) {
                violations.add(new Violation("preferredTime",
                        "must be an ISO-8601 date-time with an offset, like 2026-12-01T14:30:00+01:00"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidHelpRequestException(violations);
        }
        return new Submission(text(json, "phone"), text(json, "name"), text(json, "pageUrl"),
                text(json, "pageTitle"), preferredTime, text(json, "queue"), text(json, "note"), source,
                idempotencyKey, clientAddress, text(json, "visitorId"));
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    public static JsonObjectBuilder of(HelpRequestView view) {
        JsonObjectBuilder json = JsonFactories.object()
                .add("id", view.id())
                .add("status", view.status().name())
                .add("phone", view.phone());
        add(json, "name", view.name());
        json.add("queue", view.queue());
        add(json, "pageUrl", view.pageUrl());
        add(json, "pageTitle", view.pageTitle());
        add(json, "note", view.note());
        add(json, "createdAt", view.createdAt());
        if (view.position() == null) {
            json.addNull("position");
        } else {
            json.add("position", view.position());
        }
        if (view.estimatedWaitSeconds() == null) {
            json.addNull("estimatedWaitSeconds");
        } else {
            json.add("estimatedWaitSeconds", view.estimatedWaitSeconds());
        }
        json.add("agentsAvailable", view.agentsAvailable());
        add(json, "scheduledFor", view.scheduledFor());
        json.add("outsideBusinessHours", view.outsideBusinessHours());
        add(json, "outcome", view.outcome());
        return json;
    }

    private static void add(JsonObjectBuilder json, String field, Object value) {
        if (value == null) {
            json.addNull(field);
        } else {
            json.add(field, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }
}
