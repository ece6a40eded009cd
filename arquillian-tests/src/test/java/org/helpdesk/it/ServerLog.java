package org.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log of the Payara Micro the tests run against: {@code --logtofile} (arquillian.xml) writes it to
 * {@code helpdesk.it.serverLog}, as Java logging's rotating files {@code <name>.0}, {@code <name>.1}, ...; every
 * server start of the run leaves its own.
 */
public final class ServerLog {

    private ServerLog() {
    }

    /** Every line the servers of this run have logged so far. */
    public static List<String> lines() {
        Path log = Path.of(System.getProperty("helpdesk.it.serverLog", "target/payara.log")).toAbsolutePath();
        String prefix = log.getFileName() + ".";
        try (Stream<Path> files = Files.list(log.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                            && !file.getFileName().toString().endsWith(".lck"))
                    .flatMap(ServerLog::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no server log next to " + log, e);
        }
    }

    private static Stream<String> read(Path file) {
        try {
            // the log may end in the middle of a character while the server writes
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
