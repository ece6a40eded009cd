package org.helpdesk.interfaces.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedSignalTest {

    /** What the signal asked to run later; run by the test when it pleases, as a scheduler would. */
    private final List<Runnable> scheduled = new ArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final CoalescedSignal signal = new CoalescedSignal(scheduled::add, sent::incrementAndGet);

    @Test
    void aBurstOfChangesIsSentOnceAndLater() {
        for (int change = 0; change < 100; change++) {
            signal.changed();
        }

        assertEquals(0, sent.get(), "nothing is sent at once");
        assertEquals(1, scheduled.size(), "one send is scheduled for the whole burst");
        scheduled.remove(0).run();
        assertEquals(1, sent.get());
    }

    @Test
    void aChangeAfterTheSendIsSentAgain() {
        signal.changed();
        scheduled.remove(0).run();

        signal.changed();

        assertEquals(1, scheduled.size(), "the next change schedules the next send");
        scheduled.remove(0).run();
        assertEquals(2, sent.get());
    }

    @Test
    void aChangeDuringTheSendIsNotLost() {
        CoalescedSignal[] self = new CoalescedSignal[1];
        List<Runnable> later = new ArrayList<>();
        AtomicInteger sends = new AtomicInteger();
        self[0] = new CoalescedSignal(later::add, () -> {
            if (sends.incrementAndGet() == 1) {
                self[0].changed();
            }
        });
        self[0].changed();

        later.remove(0).run();

        assertEquals(1, later.size(), "the change made while sending asks for one more send");
        later.remove(0).run();
        assertEquals(2, sends.get());
    }

    @Test
    void aSendThatCouldNotBeScheduledDoesNotSilenceLaterChanges() {
        AtomicInteger attempts = new AtomicInteger();
        CoalescedSignal failingOnce = new CoalescedSignal(send -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("scheduler refused");
            }
            scheduled.add(send);
        }, sent::incrementAndGet);

        assertThrows(IllegalStateException.class, failingOnce::changed);
        failingOnce.changed();

        assertEquals(1, scheduled.size(), "the next change is scheduled again");
        scheduled.remove(0).run();
        assertEquals(1, sent.get());
    }
}
