package org.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log of the Payara Micro the tests run against: {@code --logtofile} (arquillian.xml) writes it to
 * {@code helpdesk.it.serverLog}, as {@code NAME} or Java logging's rotating files {@code NAME.0}, {@code NAME.1}, ...;
 * every server start of the run leaves its own. A record starts with a line {@code [2026-...]}; the lines after it up
 * to the next record (a stack trace, say) belong to it.
 */
public final class ServerLog {

    private ServerLog() {
    }

    /** Every line the servers of this run have logged so far. */
    public static List<String> lines() {
        Path log = Path.of(System.getProperty("helpdesk.it.serverLog", "target/payara.log")).toAbsolutePath();
        String name = log.getFileName().toString();
        try (Stream<Path> files = Files.list(log.getParent())) {
            List<Path> generations = files.filter(file -> file.getFileName().toString().startsWith(name)
                            && !file.getFileName().toString().endsWith(".lck"))
                    .sorted()
                    .toList();
            if (generations.isEmpty()) {
                throw new AssertionError("no server log at " + log + " (arquillian.xml passes --logtofile)");
            }
            return generations.stream().flatMap(ServerLog::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no server log next to " + log, e);
        }
    }

    /** Every line of the records that mention any of the words, stack traces included. */
    public static List<String> linesAbout(String... words) {
        List<String> found = new ArrayList<>();
        List<String> record = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith("[20") && !record.isEmpty()) {
                keepIfAbout(record, words, found);
                record = new ArrayList<>();
            }
            record.add(line);
        }
        keepIfAbout(record, words, found);
        return found;
    }

    private static void keepIfAbout(List<String> record, String[] words, List<String> found) {
        String text = String.join("\n", record);
        for (String word : words) {
            if (text.contains(word)) {
                record.stream().filter(line -> !line.isBlank()).forEach(found::add);
                return;
            }
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
