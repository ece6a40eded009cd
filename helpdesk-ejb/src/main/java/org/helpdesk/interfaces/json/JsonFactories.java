package org.helpdesk.interfaces.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;

/**
 * JSON-P builders and parsers from one provider looked up once. {@code Json.createObjectBuilder()} and its kind
 * look the provider up through the service loader on every call, which under load serialises request threads on
 * the application class loader.
 */
public final class JsonFactories {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private JsonFactories() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    static JsonValue string(String value) {
        return PROVIDER.createValue(value);
    }

    static JsonValue number(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    /** A streaming parser: bodies from outside are read through {@link JsonBodies}, which bounds what it reads. */
    static JsonParser parser(String text) {
        return PARSERS.createParser(new StringReader(text));
    }
}
