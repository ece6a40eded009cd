package org.helpdesk.launcher;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Ends an exchange of the launcher's own small HTTP servers: the status, and the body unless it was a HEAD. */
final class HttpAnswer {

    private HttpAnswer() {
    }

    /** Sends {@code body} after the headers the caller set; a HEAD request gets the headers alone. */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
