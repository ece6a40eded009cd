package org.helpdesk.interfaces.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    static Stream<String> bodiesThatAreNotOneObject() {
        return Stream.of("42", "null", "\"x\"", "true", "[]", "[{\"phone\": \"+16502530000\"}]", "", "   ",
                "{", "{\"phone\": ", "{\"phone\"}", "{\"phone\": }", "{'phone': 'x'}", "{phone: \"x\"}",
                "{\"phone\": \"x\",}", "{\"phone\": NaN}", "{\"phone\": 0x10}", "{\"phone\": 01}",
                "{\"phone\": \"x\" /* c */}", "{\"phone\": \"\u0001\"}", "{\"phone\": \"\\x41\"}",
                "\uFEFF{\"phone\": \"x\"}",
                "{\"phone\": \"x\"} x", "{\"phone\": \"x\"}{\"phone\": \"y\"}", "{\"phone\": \"x\"}]",
                "{\"phone\": \"x\"},", "[".repeat(1100) + "]".repeat(1100));
    }

    @ParameterizedTest
    @MethodSource("bodiesThatAreNotOneObject")
    void aBodyThatIsNotExactlyOneObjectIsRefusedAsAWhole(String body) {
        MalformedJsonException refused = assertThrows(MalformedJsonException.class, () -> JsonBodies.object(body));
        assertNull(refused.field(), refused.detail());
    }

    static Stream<Arguments> bodiesWithABadValue() {
        return Stream.of(
                Arguments.of("{\"phone\": \"x\", \"phone\": \"y\"}", "phone"),
                Arguments.of("{\"phones\": [{\"a\": 1, \"a\": 2}]}", "phones"),
                Arguments.of("{\"note\": " + "[".repeat(1100) + "]".repeat(1100) + "}", "note"),
                Arguments.of("{\"note\": " + "{\"a\": ".repeat(10) + "1" + "}".repeat(10) + "}", "note"),
                Arguments.of("{\"maxAttempts\": 1" + "0".repeat(1100) + "}", "maxAttempts"),
                Arguments.of("{\"maxAttempts\": 1" + "0".repeat(32) + "}", "maxAttempts"),
                Arguments.of("{\"maxAttempts\": 1e999999999}", "maxAttempts"),
                Arguments.of("{\"maxAttempts\": -1e-999999999}", "maxAttempts"),
                Arguments.of("{\"queues\": [1, 2, 1e65]}", "queues"));
    }

    @ParameterizedTest
    @MethodSource("bodiesWithABadValue")
    void aBadValueIsRefusedNamingItsTopLevelField(String body, String field) {
        MalformedJsonException refused = assertThrows(MalformedJsonException.class, () -> JsonBodies.object(body));
        assertEquals(field, refused.field(), refused.detail());
    }

    @Test
    void aBodyBeyondTheLimitIsRefusedBeforeItIsRead() {
        String huge = "{\"note\": \"" + "x".repeat(JsonBodies.MAX_LENGTH) + "\"}";
        assertInstanceOf(JsonTooLargeException.class,
                assertThrows(MalformedJsonException.class, () -> JsonBodies.object(huge)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " \n{\"phone\": \"+16502530000\"}\n ", "{\"a\": [1, 2.5, -3e10, true, null]}",
        "{\"name\": \"Zoë 😀\", \"nested\": {\"b\": {\"c\": {}}}}"})
    void oneObjectWithinTheBoundsIsRead(String body) {
        assertInstanceOf(JsonObject.class, JsonBodies.object(body));
    }

    @Test
    void theBoundsAreInclusive() {
        String nine = "{\"a\": ".repeat(9) + "1" + "}".repeat(9);
        String deepest = "{\"a\": " + nine + "}";
        assertEquals(1, JsonBodies.object("{\"n\": " + "9".repeat(JsonBodies.MAX_NUMBER_LENGTH) + "}").size());
        assertEquals(1, JsonBodies.object(deepest).size());
        assertEquals("x", JsonBodies.object("{\"a\": \"x\", \"b\": {\"a\": \"y\"}}").getString("a"));
    }

    @Test
    void aSyntaxErrorSaysWhereWithoutQuotingTheParser() {
        MalformedJsonException refused = assertThrows(MalformedJsonException.class,
                () -> JsonBodies.object("{\n\"phone\": tru}"));
        assertEquals("the body is not well-formed JSON (at line 2, column 13)", refused.detail());
    }
}
