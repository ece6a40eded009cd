package org.helpdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the Helpdesk REST API, as an outside client sees it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    /** The Authorization header every request carries, or null for an anonymous client. */
    private final String authorization;

    public Api(URI base) {
        this(base, null);
    }

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client, logged in with HTTP Basic as the given account. */
    public Api as(String login, String password) {
        String pair = login + ":" + password;
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** Logged in as the administrator that every test deployment opens ({@link Deployments#ADMIN_PASSWORD}). */
    public Api asAdmin() {
        return as("admin", Deployments.ADMIN_PASSWORD);
    }

    public static Api local() {
        return new Api(URI.create("http://127.0.0.1:" + System.getProperty("helpdesk.it.httpPort", "18080") + "/"));
    }

    public URI base() {
        return base;
    }

    public Reply post(String path, String body) {
        return post(path, body, Map.of("Content-Type", "application/json"));
    }

    public Reply post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, any headers: for CORS preflights and the like. A null body sends none. */
    public Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Raw bytes, for bodies that are not text at all. */
    public Reply sendBytes(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer, with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }
    }
}
