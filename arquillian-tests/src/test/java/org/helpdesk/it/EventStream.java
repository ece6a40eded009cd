package org.helpdesk.it;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent event stream read as an outside client reads it ({@code java.net.http}, HTTP Basic): each event's
 * name and JSON data, in the order they arrive. Comments (keep-alives) are skipped.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its name and its data read as JSON. */
    public record Event(String name, JsonObject data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public static EventStream open(URI uri, String login, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + basic)
                .GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(30, TimeUnit.SECONDS);
        return new EventStream(response);
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, waiting at most the given time; fails the test if none comes. */
    public Event next(Duration within) throws InterruptedException {
        Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + within);
        }
        return event;
    }

    /** Skips events of other names until one of this name comes. */
    public Event next(String name, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    private void read() {
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        try (var json = jakarta.json.Json.createReader(new StringReader(data.toString()))) {
                            events.add(new Event(name[0], json.readObject()));
                        }
                    }
                    name[0] = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed: nothing more will come
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
