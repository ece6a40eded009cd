package org.helpdesk.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A client that calls Helpdesk from a loopback address of its choice (127.0.0.2, 127.0.0.3, ...), for tests of
 * limits per client address: Java's HTTP client cannot choose its local address, so this writes HTTP/1.1 on a socket
 * bound to it. Enough for a GET with Basic credentials and its status.
 */
public final class FromAddress {

    private final URI base;
    private final String localAddress;

    public FromAddress(URI base, String localAddress) {
        this.base = base;
        this.localAddress = localAddress;
    }

    /** @return the status of {@code GET path} with these Basic credentials */
    public int get(String path, String login, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.resolve(path).getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Basic " + credentials + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
