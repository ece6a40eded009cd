package org.helpdesk.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Holds the HTTP port while Payara Micro boots (its own listener is disabled until the applications are deployed)
 * and answers every request {@code 503} problem details, so that a load balancer or a health probe sees "starting"
 * rather than the server's HTML 404. Holding the port also makes "port taken" the first thing a start finds out.
 */
final class StartingResponder implements AutoCloseable {

    static final String PROBLEM = "{\"type\":\"https://helpdesk.example/problems/starting\",\"title\":\"Starting\","
            + "\"status\":503,\"detail\":\"Helpdesk is starting; try again in a few seconds.\"}";

    private final HttpServer server;

    private StartingResponder(HttpServer server) {
        this.server = server;
    }

    /** Binds the port on all interfaces, as Payara's listener will. */
    static StartingResponder open(int port) throws PortTaken, IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 50);
        } catch (BindException e) {
            throw new PortTaken("HTTP", port, "HELPDESK_HTTP_PORT");
        }
        server.createContext("/", StartingResponder::answerStarting);
        server.start();
        return new StartingResponder(server);
    }

    private static void answerStarting(HttpExchange exchange) throws IOException {
        byte[] body = PROBLEM.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().set("Retry-After", "5");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpAnswer.send(exchange, 503, body);
    }

    /** Frees the port at once, for Payara's listener. */
    @Override
    public void close() {
        server.stop(0);
    }
}
