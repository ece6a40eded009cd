package org.helpdesk.interfaces.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The one way a JSON body from outside is read, by every channel (the REST API and the JMS consumer): exactly one
 * JSON object and nothing after it, at most {@link #MAX_LENGTH} characters, nested at most {@link #MAX_DEPTH} deep,
 * numbers of at most {@link #MAX_NUMBER_LENGTH} characters with an exponent within ±{@link #MAX_EXPONENT}, and no
 * name twice in one object. Anything else is a {@link MalformedJsonException} that names the top-level field at
 * fault where there is one.
 *
 * <p>Why the bounds: no body of ours nests deeper than two levels or carries a number beyond a long, while a parser
 * left to itself spends memory and time on what a hostile sender chooses (a thousand nested arrays, a number of a
 * thousand digits, {@code 1e999999999} turned into an integer). A name given twice would be read by one layer as
 * its first value and by another as its last; refusing it leaves nothing to interpretation.
 */
public final class JsonBodies {

    /** 64 KiB: some hundred times the largest body of ours (a customer with notes). */
    public static final int MAX_LENGTH = 64 * 1024;
    public static final int MAX_DEPTH = 10;
    public static final int MAX_NUMBER_LENGTH = 32;
    public static final int MAX_EXPONENT = 64;

    private JsonBodies() {
    }

    /** @throws MalformedJsonException (or {@link JsonTooLargeException}) if the text is not one acceptable object */
    public static JsonObject object(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new JsonTooLargeException();
        }
        if (text.isBlank()) {
            throw new MalformedJsonException("the body is empty; send a JSON object", null);
        }
        try (JsonParser parser = JsonFactories.parser(text)) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw new MalformedJsonException("the body must be a JSON object, not " + kind(first), null);
            }
            JsonObject object = object(parser, 1, null);
            if (parser.hasNext()) {
                throw new MalformedJsonException("the body must end after its JSON object", null);
            }
            return object;
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("the body is not well-formed JSON" + where(e.getLocation()), null);
        } catch (JsonException | NoSuchElementException e) {
            throw new MalformedJsonException("the body is not well-formed JSON", null);
        }
    }

    /** @param field the top-level field this object is the value of (null for the body itself) */
    private static JsonObject object(JsonParser parser, int depth, String field) {
        JsonObjectBuilder object = JsonFactories.object();
        Set<String> names = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            String blamed = field == null ? name : field;
            if (!names.add(name)) {
                throw new MalformedJsonException("the name \"" + printable(name) + "\" is given twice in one object",
                        printable(blamed));
            }
            object.add(name, value(parser, parser.next(), depth, blamed));
        }
        return object.build();
    }

    private static JsonValue value(JsonParser parser, Event event, int depth, String field) {
        return switch (event) {
            case START_OBJECT -> object(parser, deeper(depth, field), field);
            case START_ARRAY -> array(parser, deeper(depth, field), field);
            case VALUE_STRING -> JsonFactories.string(parser.getString());
            case VALUE_NUMBER -> JsonFactories.number(number(parser.getString(), field));
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new MalformedJsonException("the body is not well-formed JSON", field);
        };
    }

    private static JsonValue array(JsonParser parser, int depth, String field) {
        JsonArrayBuilder array = JsonFactories.array();
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, depth, field));
        }
        return array.build();
    }

    private static int deeper(int depth, String field) {
        if (depth >= MAX_DEPTH) {
            throw new MalformedJsonException(valueOf(field) + " is nested deeper than " + MAX_DEPTH + " levels",
                    printable(field));
        }
        return depth + 1;
    }

    /** Checked as text before it becomes a number, so that no work is done for a number we refuse. */
    private static BigDecimal number(String text, String field) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new MalformedJsonException(valueOf(field) + " has a number longer than " + MAX_NUMBER_LENGTH
                    + " characters", printable(field));
        }
        BigDecimal number = new BigDecimal(text);
        int scale = number.scale();
        if (Math.abs(scale) > MAX_EXPONENT || number.precision() - scale > MAX_EXPONENT) {
            throw new MalformedJsonException(valueOf(field) + " has a number beyond 10^±" + MAX_EXPONENT,
                    printable(field));
        }
        return number;
    }

    private static String valueOf(String field) {
        return field == null ? "the body" : "the value of \"" + printable(field) + "\"";
    }

    private static String kind(Event event) {
        return switch (event) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_NULL -> "null";
            default -> event.name().replace("VALUE_", "").toLowerCase(Locale.ROOT);
        };
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 1 ? ""
                : " (at line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /** A name as a problem may quote it: short, and without characters that would garble a log or a header. */
    private static String printable(String name) {
        if (name == null) {
            return null;
        }
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
