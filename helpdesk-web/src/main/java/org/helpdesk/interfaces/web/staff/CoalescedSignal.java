package org.helpdesk.interfaces.web.staff;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Turns a burst of "something changed" into one signal: the first change asks for the signal to be sent a little
 * later, and the changes that come before it is sent ride along with it. A hundred requests accepted in one second
 * then cost each open console one refresh, not a hundred. Changes that come while the signal is being sent ask for
 * the next one, so the last change is never left unsent.
 */
final class CoalescedSignal {

    private final AtomicBoolean pending = new AtomicBoolean();
    private final Consumer<Runnable> later;
    private final Runnable send;

    /**
     * @param later runs what it is given once, after the quiet interval (a scheduled executor)
     * @param send  sends the signal
     */
    CoalescedSignal(Consumer<Runnable> later, Runnable send) {
        this.later = Objects.requireNonNull(later);
        this.send = Objects.requireNonNull(send);
    }

    /** Something changed: the signal goes out once, later, however often this is called until then. */
    void changed() {
        if (pending.compareAndSet(false, true)) {
            try {
                later.accept(this::flush);
            } catch (RuntimeException notScheduled) {
                // nothing will clear the flag: without this, no change would ever be signalled again
                pending.set(false);
                throw notScheduled;
            }
        }
    }

    private void flush() {
        // cleared before sending: a change during the send is then sent with the next signal, not lost
        pending.set(false);
        send.run();
    }
}
