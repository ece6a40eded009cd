package org.helpdesk.it.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc} (what {@code ss -ltnp} shows): the socket
 * inodes among the process's file descriptors, looked up in {@code /proc/<pid>/net/tcp} and {@code tcp6}.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    record Socket(InetAddress address, int port) {

        boolean onLoopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            return address.getHostAddress() + ":" + port;
        }
    }

    private ListeningSockets() {
    }

    static List<Socket> of(long pid) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        Set<String> inodes = socketInodes(proc.resolve("fd"));
        List<Socket> sockets = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            try (Stream<String> lines = Files.lines(proc.resolve("net").resolve(table))) {
                lines.skip(1).map(String::trim).map(line -> line.split("\\s+"))
                        .filter(fields -> fields.length > 9 && LISTEN.equals(fields[3]) && inodes.contains(fields[9]))
                        .map(fields -> socket(fields[1]))
                        .forEach(sockets::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sockets of pid " + pid, e);
            }
        }
        return sockets;
    }

    private static Set<String> socketInodes(Path fds) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> links = Files.list(fds)) {
            for (Path link : links.toList()) {
                try {
                    String target = Files.readSymbolicLink(link).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed between the listing and the read is no listening socket.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fds, e);
        }
        return inodes;
    }

    /** "0100007F:1F90": the address in 32-bit words of host (little-endian) order, then the port. */
    private static Socket socket(String hexAddressAndPort) {
        String[] parts = hexAddressAndPort.split(":");
        String hex = parts[0];
        byte[] address = new byte[hex.length() / 2];
        for (int word = 0; word < address.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + 3 - b) * 2;
                address[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return new Socket(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex, e);
        }
    }
}
