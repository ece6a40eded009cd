package org.helpdesk.it;

import java.util.ArrayList;
import java.util.List;

/**
 * Bodies that a hostile or careless client sends where one JSON object is expected: every channel must refuse each
 * with a clear answer (problem details naming the field where there is one, a dead letter with the reason), never a
 * server error. The same table serves the REST API and the JMS channel.
 */
public final class HostileJson {

    /**
     * @param field the top-level field the refusal must name, or null when the body as a whole is wrong
     * @param kind what the refusal is: {@code malformed-json}, {@code invalid-request} (an unknown field) or
     *     {@code body-too-large}
     */
    public record Body(String description, String text, String field, String kind) {

        @Override
        public String toString() {
            return description;
        }
    }

    private HostileJson() {
    }

    public static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        malformed(bodies, "a number", "42");
        malformed(bodies, "null", "null");
        malformed(bodies, "a string", "\"x\"");
        malformed(bodies, "true", "true");
        malformed(bodies, "an empty array", "[]");
        malformed(bodies, "an array holding the object", "[{\"phone\": \"+16502530000\"}]");
        malformed(bodies, "nothing", "");
        malformed(bodies, "only white space", " \n ");
        malformed(bodies, "a truncated object", "{\"phone\": ");
        malformed(bodies, "an unclosed object", "{");
        malformed(bodies, "single quotes", "{'phone': 'x'}");
        malformed(bodies, "bare names", "{phone: \"x\"}");
        malformed(bodies, "a trailing comma", "{\"phone\": \"x\",}");
        malformed(bodies, "NaN", "{\"phone\": NaN}");
        malformed(bodies, "a hexadecimal number", "{\"phone\": 0x10}");
        malformed(bodies, "a leading zero", "{\"phone\": 01}");
        malformed(bodies, "a comment", "{\"phone\": \"x\" /* c */}");
        malformed(bodies, "a control character in a string", "{\"phone\": \"\u0001\"}");
        malformed(bodies, "an invalid escape", "{\"phone\": \"\\x41\"}");
        malformed(bodies, "a byte-order mark", "\uFEFF{\"phone\": \"x\"}");
        malformed(bodies, "garbage after the object", "{\"phone\": \"x\"} x");
        malformed(bodies, "two objects", "{\"phone\": \"x\"}{\"phone\": \"y\"}");
        malformed(bodies, "two objects apart", "{\"phone\": \"x\"}\n{\"phone\": \"y\"}");
        malformed(bodies, "a bracket after the object", "{\"phone\": \"x\"}]");
        malformed(bodies, "1,100 nested arrays", "[".repeat(1100) + "]".repeat(1100));
        bodies.add(new Body("1,100 nested arrays in a field", "{\"note\": " + "[".repeat(1100) + "]".repeat(1100)
                + "}", "note", "malformed-json"));
        bodies.add(new Body("11 nested objects in a field", "{\"note\": " + "{\"a\": ".repeat(10) + "1"
                + "}".repeat(10) + "}", "note", "malformed-json"));
        bodies.add(new Body("a 1,100-digit number", "{\"note\": 1" + "0".repeat(1100) + "}", "note",
                "malformed-json"));
        bodies.add(new Body("a number with a huge exponent", "{\"note\": 1e999999999}", "note", "malformed-json"));
        bodies.add(new Body("a number with a tiny exponent", "{\"note\": -1e-999999999}", "note", "malformed-json"));
        bodies.add(new Body("a name twice", "{\"note\": \"a\", \"note\": \"b\"}", "note", "malformed-json"));
        bodies.add(new Body("an unknown field", "{\"colour\": \"blue\"}", "colour", "invalid-request"));
        bodies.add(new Body("a body of 100,000 characters", "{\"note\": \"" + "x".repeat(100_000) + "\"}", null,
                "body-too-large"));
        return bodies;
    }

    private static void malformed(List<Body> bodies, String description, String text) {
        bodies.add(new Body(description, text, null, "malformed-json"));
    }
}
