package org.helpdesk.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/helpdesk run --demo}: a small shop on a second origin ({@code http://localhost:<port>/}) whose pages
 * embed the widget with the one script tag a company adds to its site, so that one browser shows the whole path: the
 * shop, help, the agent's desk, voice and co-browsing. The pages carry a strict Content-Security-Policy that allows
 * nothing but Helpdesk's origin, as a careful company's would. Bound to loopback: it is a demonstration, not a site.
 */
final class DemoShop implements AutoCloseable {

    private static final String RESOURCES = "demo-shop/";
    private static final Map<String, String> PAGES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/tent.html", "tent.html",
            "/checkout.html", "checkout.html",
            "/shop.css", "shop.css");

    private final HttpServer server;

    private DemoShop(HttpServer server) {
        this.server = server;
    }

    /** Serves the shop on {@code 127.0.0.1:port}, its pages pointing at Helpdesk on {@code helpdesk}. */
    static DemoShop open(int port, URI helpdesk) throws PortTaken, IOException {
        Map<String, byte[]> files = new TreeMap<>();
        PAGES.values().forEach(name -> files.computeIfAbsent(name, file -> load(file, helpdesk)));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (BindException e) {
            throw new PortTaken("demo shop's HTTP", port, "HELPDESK_DEMO_SHOP_PORT");
        }
        String policy = contentSecurityPolicy(helpdesk);
        server.createContext("/", exchange -> answer(exchange, files, policy));
        server.start();
        return new DemoShop(server);
    }

    /** What the shop's pages allow: their own styles, and Helpdesk's scripts, styles, connections and media. */
    static String contentSecurityPolicy(URI helpdesk) {
        String origin = helpdesk.getScheme() + "://" + helpdesk.getAuthority();
        String sockets = ("https".equals(helpdesk.getScheme()) ? "wss://" : "ws://") + helpdesk.getAuthority();
        return "default-src 'none'; script-src " + origin + "; style-src 'self' " + origin + "; img-src 'self' data: "
                + origin + "; connect-src " + origin + " " + sockets + "; media-src " + origin + " blob:; font-src "
                + origin + "; frame-ancestors " + origin + "; base-uri 'none'; form-action 'self'";
    }

    private static byte[] load(String name, URI helpdesk) {
        try (InputStream in = DemoShop.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the launcher jar lacks " + RESOURCES + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("{{HELPDESK}}", helpdesk.toString()).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, Map<String, byte[]> files, String policy) throws IOException {
        String name = PAGES.get(exchange.getRequestURI().getPath());
        boolean known = name != null && ("GET".equals(exchange.getRequestMethod())
                || "HEAD".equals(exchange.getRequestMethod()));
        byte[] body = known ? files.get(name) : "Not found\n".getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", !known ? "text/plain; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8");
        headers.set("Content-Security-Policy", policy);
        headers.set("Cache-Control", "no-cache");
        HttpAnswer.send(exchange, known ? 200 : 404, body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
