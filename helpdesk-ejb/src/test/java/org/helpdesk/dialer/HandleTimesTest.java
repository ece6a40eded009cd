package org.helpdesk.dialer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.queue.CallQueue;
import org.helpdesk.queue.QueueSettings;
import org.junit.jupiter.api.Test;

class HandleTimesTest {

    @Test
    void handleTimeIsTheAverageTalkTimePlusTheQueuesWrapUp() {
        assertEquals(Duration.ofSeconds(150 + 30), HandleTimes.handleTime(4, 600, Duration.ofSeconds(30)));
        assertEquals(Duration.ofSeconds(2), HandleTimes.handleTime(3, 5, Duration.ZERO), "rounded to the second");
    }

    @Test
    void measuredHandleTimeReplacesTheConfiguredOneInEstimates() {
        CallQueue queue = new CallQueue("sales", QueueSettings.DEFAULTS, Instant.parse("2026-11-26T12:00:00Z"));
        assertEquals(QueueSettings.DEFAULTS.averageHandleTime(), queue.averageHandleTime());

        queue.measuredHandleTime(Duration.ofSeconds(95));

        assertEquals(Duration.ofSeconds(95), queue.averageHandleTime());
        assertEquals(QueueSettings.DEFAULTS.averageHandleTime(), queue.settings().averageHandleTime(),
                "the operator's setting stays as they gave it");
    }
}
