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
 * The log of the Payara Micro the Arquillian tests run ({@code --logtofile}, see {@code arquillian.xml}): Payara Micro
 * writes it as {@code NAME} or with a generation number ({@code NAME.0}). A record starts with a line
 * {@code [2026-...]}; the lines after it up to the next record (a stack trace, say) belong to it.
 */
public final class ServerLog {

    private ServerLog() {
    }

    private static Path configured() {
        return Path.of(System.getProperty("helpdesk.it.serverLog", "target/deploy/server.log")).toAbsolutePath();
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

    private static List<String> lines() {
        Path log = configured();
        try (Stream<Path> files = Files.list(log.getParent())) {
            List<Path> generations = files.filter(file -> file.getFileName().toString()
                    .startsWith(log.getFileName().toString())).sorted().toList();
            if (generations.isEmpty()) {
                throw new AssertionError("no server log at " + log + " (arquillian.xml passes --logtofile)");
            }
            List<String> lines = new ArrayList<>();
            for (Path file : generations) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
