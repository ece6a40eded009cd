package org.helpdesk.dialer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Ends the call records of this instance whose end was never recorded, so that no agent stays "on a call" and no
 * request "dialling" for a call that is over.
 *
 * <p>At start-up: the calls this instance had in flight when it stopped. Their phones may have rung, so each follows
 * the retry policy and none is dialled twice ({@link EndCause#INTERRUPTED}).
 *
 * <p>Then every {@value #RECONCILE_SECONDS} s: this instance's records in flight against the calls the telephony
 * still has ({@link Telephony#callsInProgress()}). A record whose call the telephony has not had at two checks in a
 * row lost its end (the write failed, or the event never came) and is ended as {@link EndCause#END_NOT_RECORDED},
 * at the time it was first missed. Two checks, because a call can end between reading the records and asking the
 * telephony; its end is then written by the time of the next check.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallReconciliation {

    private static final Logger LOG = Logger.getLogger(CallReconciliation.class.getName());
    static final int RECONCILE_SECONDS = 10;
    /** A record younger than this may be a call being placed, not yet known to the telephony. */
    private static final Duration PLACING = Duration.ofSeconds(RECONCILE_SECONDS);

    @Inject
    private Telephony telephony;

    @Inject
    private DialerInstance instance;

    @EJB
    private CallOutcomes outcomes;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    /** Set once the start-up reconciliation is over: until then, the calls of the last run are its business. */
    private final AtomicBoolean startedUp = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Call records in flight whose calls the telephony did not have at the last check, and since when. */
    private volatile Map<Long, Instant> missing = Map.of();
    private final RecurringFault fault = new RecurringFault(LOG, "Reconciling calls with the telephony");

    /**
     * Ends the calls left in flight by the last run, just after start-up. Safe to run beside the first dialling
     * passes: those calls still hold their customers' numbers and agents' phones until they are ended here.
     */
    @PostConstruct
    void atStartup() {
        // not in this method itself: ending calls changes agents' states, whose events reach the dialer
        executor.execute(() -> {
            try {
                int ended = outcomes.reconcileInterrupted(instance.name());
                LOG.info(() -> "Dialer on instance " + instance.name() + " started; " + ended
                        + " call(s) left in flight by the last run ended as interrupted");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not end the calls left in flight at start-up; the periodic"
                        + " reconciliation ends them once the telephony shows they are gone", e);
            } finally {
                startedUp.set(true);
            }
        });
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + RECONCILE_SECONDS, persistent = false)
    public void everyFewSeconds() {
        if (!startedUp.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            withTelephony();
            fault.succeeded();
        } catch (RuntimeException e) {
            fault.failed(e);
        } finally {
            running.set(false);
        }
    }

    /** The database first, then the telephony (see the class comment). */
    private void withTelephony() {
        if (!telephony.status().canDial()) {
            missing = Map.of(); // nothing to compare with; a provider opened again starts afresh
            return;
        }
        List<CallAttempt> inFlight = outcomes.inFlightOn(instance.name());
        Set<Long> live = telephony.callsInProgress().stream().map(CallRef::attemptId).collect(Collectors.toSet());
        Instant now = clock.instant();
        Map<Long, Instant> stillMissing = new HashMap<>();
        Map<Long, Instant> vanished = new HashMap<>();
        for (CallAttempt call : inFlight) {
            if (live.contains(call.id()) || call.startedAt().isAfter(now.minus(PLACING))) {
                continue;
            }
            Instant since = missing.get(call.id());
            if (since == null) {
                stillMissing.put(call.id(), now);
            } else {
                vanished.put(call.id(), since);
            }
        }
        missing = Map.copyOf(stillMissing);
        if (!vanished.isEmpty()) {
            // agents made ready wake the dialer by their change of state
            int ended = outcomes.endVanished(vanished);
            LOG.warning(() -> ended + " call(s) in flight by their records but gone from the telephony (their end was"
                    + " not recorded) ended as " + EndCause.END_NOT_RECORDED + ": call records " + vanished.keySet());
        }
    }
}
