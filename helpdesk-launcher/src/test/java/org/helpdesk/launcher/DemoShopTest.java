package org.helpdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoShopTest {

    private static final URI HELPDESK = URI.create("http://localhost:8080/");

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;
    private DemoShop shop;

    @BeforeEach
    void openTheShop() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        shop = DemoShop.open(port, HELPDESK);
    }

    @AfterEach
    void closeTheShop() {
        shop.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageEmbedsTheWidgetFromHelpdeskWithTheOneTag() throws Exception {
        for (String page : new String[] {"/", "/tent.html", "/checkout.html"}) {
            HttpResponse<String> answer = get(page);
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.body().contains(
                    "<script src=\"http://localhost:8080/widget.js\" data-queue=\"sales\" async></script>"), page);
            assertFalse(answer.body().contains("{{"), page + " has an unreplaced placeholder");
        }
    }

    @Test
    void pagesAllowScriptsFromHelpdeskAloneAndMayBeFramedOnlyByIt() throws Exception {
        String policy = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertTrue(policy.startsWith("default-src 'none'; script-src http://localhost:8080;"), policy);
        assertTrue(policy.contains("connect-src http://localhost:8080 ws://localhost:8080;"), policy);
        assertTrue(policy.contains("frame-ancestors http://localhost:8080;"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
    }

    @Test
    void aHttpsHelpdeskIsReachedOverSecureSockets() {
        String policy = DemoShop.contentSecurityPolicy(URI.create("https://help.example.com/"));
        assertTrue(policy.contains("connect-src https://help.example.com wss://help.example.com;"), policy);
    }

    @Test
    void onlyTheShopsOwnFilesAreServed() throws Exception {
        assertEquals(404, get("/../demo-shop/index.html").statusCode());
        assertEquals(404, get("/DemoShop.class").statusCode());
        assertEquals(404, get("/org/helpdesk/launcher/logging.properties").statusCode());
        assertEquals("text/css; charset=utf-8", get("/shop.css").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aTakenPortIsNamedWithItsSetting() throws Exception {
        PortTaken taken = assertThrows(PortTaken.class, () -> DemoShop.open(port, HELPDESK));
        assertTrue(taken.getMessage().contains("HELPDESK_DEMO_SHOP_PORT"), taken.getMessage());
        assertTrue(taken.getMessage().contains(String.valueOf(port)), taken.getMessage());
    }
}
