package org.helpdesk.interfaces.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.helpdesk.agent.AgentStateChanged;
import org.helpdesk.agent.RequestAssigned;
import org.helpdesk.dialer.CallChanged;
import org.helpdesk.dialer.TelephonyStatusChanged;
import org.helpdesk.queue.RequestsLeftLine;
import org.helpdesk.queue.RequestsWaiting;

/**
 * Tells the open supervisor consoles (Faces push, channel "console") that what they show changed: a queue's line
 * (a request accepted, come due, cancelled, moved, given to an agent), an agent's state, a call, the telephony's
 * status. Only the word "refresh" travels; the console then re-renders its tables through an ordinary Faces ajax
 * request. Changes are coalesced: each console is refreshed at most about once per {@link #QUIET_MILLIS}, however
 * many changes a burst brings.
 *
 * <p>Pushed, not polled: a console that polled would renew its session with every poll and never time out.
 */
@ApplicationScoped
public class ConsolePush {

    static final String CHANNEL = "console";
    static final String REFRESH = "refresh";
    /** The longest a change waits before the consoles hear of it, and so the shortest time between two refreshes. */
    static final long QUIET_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(ConsolePush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    private PushContext consoles;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    /** Open console web sockets: with none, changes cost nothing. */
    private final AtomicInteger open = new AtomicInteger();
    private CoalescedSignal signal;

    @PostConstruct
    void start() {
        signal = new CoalescedSignal(this::later, () -> consoles.send(REFRESH));
    }

    private void later(Runnable send) {
        try {
            scheduler.schedule(send, QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.log(Level.FINE, "Console refresh not scheduled: the server is stopping", shuttingDown);
        }
    }

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        if (CHANNEL.equals(socket.getChannel())) {
            open.incrementAndGet();
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        if (CHANNEL.equals(socket.getChannel())) {
            open.updateAndGet(count -> Math.max(0, count - 1));
        }
    }

    private void changed() {
        if (open.get() > 0) {
            signal.changed();
        }
    }

    void requestsWaiting(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestsWaiting waiting) {
        changed();
    }

    void requestsLeft(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestsLeftLine left) {
        changed();
    }

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestAssigned assigned) {
        changed();
    }

    void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged changed) {
        changed();
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        changed();
    }

    void telephonyChanged(@Observes TelephonyStatusChanged changed) {
        changed();
    }
}
