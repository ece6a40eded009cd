package org.helpdesk.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.helpdesk.interfaces.json.JsonBodies;
import org.helpdesk.interfaces.json.JsonTooLargeException;
import org.helpdesk.interfaces.json.MalformedJsonException;

/**
 * Reads every JSON body of the API through {@link JsonBodies}, the reader the JMS channel uses too, instead of the
 * JSON-P reader Payara ships: that one accepts a number or null where an object is expected (a 500 further on),
 * nesting a thousand deep, numbers of a thousand digits and anything after the object. An application's provider is
 * preferred over the runtime's for the same type. Resources take a {@link JsonObject}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    /** JSON travels as UTF-8 (RFC 8259), whatever charset a client names. */
    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = BoundedBodies.read(body, JsonBodies.MAX_LENGTH).orElseThrow(JsonTooLargeException::new);
        String text = BoundedBodies.utf8(bytes)
                .orElseThrow(() -> new MalformedJsonException("the body is not UTF-8 text", null));
        return JsonBodies.object(text);
    }
}
