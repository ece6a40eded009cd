package org.helpdesk.interfaces.web.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.request.RequestStatus;
import org.junit.jupiter.api.Test;

class WaitInWordsTest {

    @Test
    void withNobodyStaffedThereIsNoNumberToGive() {
        assertEquals(new WaitInWords("help.wait.noAgent", 0), WaitInWords.of(queued(null, false)));
    }

    @Test
    void withEveryAgentBusyTheEstimateIsStillTold() {
        assertEquals(new WaitInWords("help.wait.minutes", 4), WaitInWords.of(queued(240L, false)));
    }

    @Test
    void theFirstCustomersAreCalledInAMoment() {
        assertEquals(new WaitInWords("help.wait.now", 0), WaitInWords.of(queued(0L, true)));
    }

    @Test
    void shortWaitsAreRoundedToWholeMinutesButNeverToNone() {
        assertEquals(new WaitInWords("help.wait.minutes", 1), WaitInWords.of(queued(20L, true)));
        assertEquals(new WaitInWords("help.wait.minutes", 5), WaitInWords.of(queued(300L, true)));
        assertEquals(new WaitInWords("help.wait.minutes", 6), WaitInWords.of(queued(330L, true)));
        assertEquals(new WaitInWords("help.wait.minutes", 89), WaitInWords.of(queued(89 * 60L, true)));
    }

    @Test
    void longWaitsAreToldInHours() {
        assertEquals(new WaitInWords("help.wait.hours", 2), WaitInWords.of(queued(90 * 60L, true)));
        assertEquals(new WaitInWords("help.wait.hours", 3), WaitInWords.of(queued(3 * 3600L, true)));
    }

    @Test
    void onlyAQueuedRequestHasAWaitToTell() {
        HelpRequestView scheduled = new HelpRequestView("id", RequestStatus.SCHEDULED, "+12025550143", null,
                "default", null, null, null, Instant.EPOCH, null, 600L, true, Instant.EPOCH.plusSeconds(600), false,
                null);
        assertNull(WaitInWords.of(scheduled));
    }

    private static HelpRequestView queued(Long waitSeconds, boolean agentsAvailable) {
        return new HelpRequestView("id", RequestStatus.QUEUED, "+12025550143", null, "default", null, null, null,
                Instant.EPOCH, 3, waitSeconds, agentsAvailable, null, false, null);
    }
}
