package org.helpdesk.it;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sipp phone was sent, read from its message log ({@code -trace_msg}): each block starts with a line of dashes
 * and sipp's local time, then whether the message was received or sent, then the message itself.
 */
public final class PhoneTrace {

    /** A SIP request the phone received; retransmissions of one request are one {@code Received}, first arrival. */
    public record Received(String method, String callId, Instant firstAt) {
    }

    private static final Pattern BLOCK = Pattern.compile("^-{20,} (\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2}:\\d{2}\\.\\d+)$",
            Pattern.MULTILINE);
    private static final Pattern CALL_ID = Pattern.compile("^(?:Call-ID|i)\\s*:\\s*(\\S+)", Pattern.MULTILINE
            | Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter SIPP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final List<Received> received;

    private PhoneTrace(List<Received> received) {
        this.received = received;
    }

    public static PhoneTrace of(String messageLog) {
        Map<String, Received> requests = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(messageLog);
        List<int[]> bounds = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        while (block.find()) {
            bounds.add(new int[] {block.start(), block.end()});
            times.add(LocalDateTime.parse(block.group(1) + " " + block.group(2), SIPP_TIME)
                    .atZone(ZoneId.systemDefault()).toInstant()); // sipp writes the local time, like the JVM's zone
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : messageLog.length();
            String text = messageLog.substring(bounds.get(i)[1], end).strip();
            String[] lines = text.split("\\R", 3);
            if (lines.length < 3 || !lines[0].contains("message received")) {
                continue;
            }
            String message = lines[2].strip();
            String startLine = message.lines().findFirst().orElse("");
            if (startLine.startsWith("SIP/2.0")) {
                continue; // a response
            }
            Matcher callId = CALL_ID.matcher(message);
            String id = callId.find() ? callId.group(1) : "?";
            String method = startLine.split(" ", 2)[0];
            requests.putIfAbsent(method + " " + id, new Received(method, id, times.get(i)));
        }
        return new PhoneTrace(List.copyOf(requests.values()));
    }

    /** The requests of this method the phone received, one per call (Call-ID), in order of arrival. */
    public List<Received> received(String method) {
        return received.stream().filter(request -> request.method().equals(method)).toList();
    }

    /** Every request the phone received, one per method and call. */
    public List<Received> received() {
        return received;
    }
}
