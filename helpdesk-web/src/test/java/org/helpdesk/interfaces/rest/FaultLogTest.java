package org.helpdesk.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our own faults: answered without a word of them, logged without flooding. */
class FaultLogTest {

    private final Logger logger = Logger.getLogger(FaultLog.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final FaultLog faults = new FaultLog(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void theFirstFaultOfAKindIsLoggedWithItsStackTraceAndRepeatsAsOneLineAMinute() {
        for (int i = 0; i < 1000; i++) {
            faults.failed("POST /api/help-requests", failure());
        }
        now = now.plus(FaultLog.REPEATS_EVERY).plusSeconds(1);
        faults.failed("POST /api/help-requests", failure());

        assertEquals(2, logged.size(), "one report with the stack trace, one of the repeats");
        assertNotNull(logged.get(0).getThrown());
        assertNull(logged.get(1).getThrown());
        assertTrue(logged.get(1).getMessage().contains("1000 times"), logged.get(1).getMessage());
    }

    @Test
    void aFaultOfAnotherKindIsReportedOnItsOwn() {
        faults.failed("GET /api/queues", failure());
        faults.failed("GET /api/queues", new IllegalArgumentException("elsewhere"));

        assertEquals(2, logged.size());
        assertNotNull(logged.get(1).getThrown());
    }

    @Test
    void theAnswerToAFaultSaysNothingOfIt() {
        Response answer = HttpProblemMappers.Unexpected.answer(null,
                new IllegalStateException("secret detail of jdbc:h2:/var/lib/helpdesk"));

        assertEquals(500, answer.getStatus());
        assertEquals("application/problem+json", answer.getMediaType().toString());
        JsonObject problem = (JsonObject) answer.getEntity();
        assertTrue(problem.getString("type").endsWith("/internal-error"));
        assertFalse(problem.toString().contains("secret"), problem.toString());
        assertFalse(problem.toString().contains("IllegalStateException"), problem.toString());
    }

    private static RuntimeException failure() {
        return new IllegalStateException("the same place every time");
    }
}
