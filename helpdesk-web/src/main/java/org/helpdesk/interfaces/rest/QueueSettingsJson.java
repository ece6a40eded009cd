package org.helpdesk.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.interfaces.json.JsonFactories;
import org.helpdesk.queue.InvalidQueueSettingsException;
import org.helpdesk.queue.QueueDetails;
import org.helpdesk.queue.QueueSettings;
import org.helpdesk.request.Violation;

/**
 * The JSON shape of a queue's settings: {@code {dialMode, maxAttempts, retryDelaySeconds, averageHandleSeconds,
 * serviceLevelSeconds, businessHours, timeZone, wrapUpSeconds, helpNumber}}. A field left out (or null) takes its default, except
 * {@code businessHours} and {@code helpNumber}, where null means always open and no number. Only types are checked here; {@link QueueSettings} judges
 * the values. The read-only fields of {@code GET} are ignored, so that what GET answered can be sent back changed;
 * any other field is refused, so that a mistyped setting is not silently dropped.
 */
final class QueueSettingsJson {

    private static final Set<String> TEXT = Set.of("dialMode", "businessHours", "timeZone", "helpNumber");
    private static final Set<String> WHOLE_NUMBERS = Set.of("maxAttempts", "retryDelaySeconds",
            "averageHandleSeconds", "serviceLevelSeconds", "wrapUpSeconds");
    private static final Set<String> READ_ONLY = Set.of("name", "openNow", "nextOpening", "waiting", "scheduled",
            "oldestWaitSeconds", "estimatedWaitSeconds", "agentsReady", "measuredHandleSeconds");

    private QueueSettingsJson() {
    }

    static QueueSettings settings(JsonObject json) {
        List<Violation> violations = new ArrayList<>();
        for (var field : json.entrySet()) {
            String name = field.getKey();
            JsonValue value = field.getValue();
            if (TEXT.contains(name)) {
                if (!(value instanceof JsonString) && value != JsonValue.NULL) {
                    violations.add(new Violation(name, "must be a string"));
                }
            } else if (WHOLE_NUMBERS.contains(name)) {
                if (!(value instanceof JsonNumber number && number.isIntegral()) && value != JsonValue.NULL) {
                    violations.add(new Violation(name, "must be a whole number"));
                }
            } else if (!READ_ONLY.contains(name)) {
                violations.add(new Violation(name, "is not a queue setting"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueueSettingsException(violations);
        }
        QueueSettings defaults = QueueSettings.DEFAULTS;
        return QueueSettings.of(
                text(json, "dialMode", defaults.dialMode().name()),
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                        number(json, "maxAttempts", defaults.maxAttempts()))),
                number(json, "retryDelaySeconds", defaults.retryDelay().toSeconds()),
                number(json, "averageHandleSeconds", defaults.averageHandleTime().toSeconds()),
                number(json, "serviceLevelSeconds", defaults.serviceLevelTarget().toSeconds()),
                text(json, "businessHours", null),
                text(json, "timeZone", defaults.timeZone().getId()),
                number(json, "wrapUpSeconds", defaults.wrapUpTime().toSeconds()),
                text(json, "helpNumber", null));
    }

    private static String text(JsonObject json, String field, String absent) {
        return json.get(field) instanceof JsonString text ? text.getString() : absent;
    }

    /** Numbers beyond a long are out of every range: they become the largest long, refused as such. */
    private static long number(JsonObject json, String field, long absent) {
        if (!(json.get(field) instanceof JsonNumber number)) {
            return absent;
        }
        var value = number.bigIntegerValue();
        return value.bitLength() < 64 ? value.longValue() : value.signum() * Long.MAX_VALUE;
    }

    static JsonObjectBuilder of(QueueDetails queue) {
        QueueSettings settings = queue.settings();
        JsonObjectBuilder json = JsonFactories.object()
                .add("name", queue.name())
                .add("dialMode", settings.dialMode().name())
                .add("maxAttempts", settings.maxAttempts())
                .add("retryDelaySeconds", settings.retryDelay().toSeconds())
                .add("averageHandleSeconds", settings.averageHandleTime().toSeconds())
                .add("serviceLevelSeconds", settings.serviceLevelTarget().toSeconds());
        if (settings.businessHours() == null) {
            json.addNull("businessHours");
        } else {
            json.add("businessHours", settings.businessHours().toString());
        }
        json.add("timeZone", settings.timeZone().getId())
                .add("wrapUpSeconds", settings.wrapUpTime().toSeconds());
        if (settings.helpNumber() == null) {
            json.addNull("helpNumber");
        } else {
            json.add("helpNumber", settings.helpNumber());
        }
        json
                .add("openNow", queue.openNow());
        if (queue.nextOpening() == null) {
            json.addNull("nextOpening");
        } else {
            json.add("nextOpening", queue.nextOpening().toString());
        }
        var load = queue.load();
        json.add("waiting", load.waiting()).add("scheduled", load.scheduled());
        if (load.oldestWaitSeconds() == null) {
            json.addNull("oldestWaitSeconds");
        } else {
            json.add("oldestWaitSeconds", load.oldestWaitSeconds());
        }
        if (load.estimatedWaitSeconds() == null) {
            json.addNull("estimatedWaitSeconds");
        } else {
            json.add("estimatedWaitSeconds", load.estimatedWaitSeconds());
        }
        json.add("agentsReady", load.agentsReady());
        if (queue.measuredHandleTime() == null) {
            json.addNull("measuredHandleSeconds");
        } else {
            json.add("measuredHandleSeconds", queue.measuredHandleTime().toSeconds());
        }
        return json;
    }
}
