package org.helpdesk.interfaces.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON-P builders and readers from one provider looked up once. {@code Json.createObjectBuilder()} and its kind
 * look the provider up through the service loader on every call, which under load serialises request threads on
 * the application class loader.
 */
public final class JsonFactories {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private JsonFactories() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonReader reader(String text) {
        return PROVIDER.createReader(new StringReader(text));
    }
}
