package org.helpdesk.dialer;

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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.helpdesk.agent.AgentState;
import org.helpdesk.agent.AgentStateChanged;
import org.helpdesk.queue.RequestsWaiting;

/**
 * The automated dialer: whenever an agent is ready and one of their queues has a request due, it claims the pair
 * ({@link CallClaims}) and has the telephony place the call; what happens to the call comes back as
 * {@link CallProgress} and is recorded by {@link CallOutcomes}. It also routes calls to the help numbers.
 *
 * <p>It wakes on the events that can make a new pair (an agent ready, requests waiting, a call ended) and once a
 * second in any case (wrap-ups that ran out, other servers' changes). One dialling pass runs at a time on this
 * instance; a wake-up during a pass makes another pass follow. A pass never offers a call to a phone that the
 * telephony reports on a call, whatever the agent's state says ({@link Telephony#phonesInUse()}, a snapshot the
 * telephony keeps from its events: no round trip per call).
 *
 * <p>Call records whose end was never recorded (a restart, a failed write) are {@link CallReconciliation}'s.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dialer {

    private static final Logger LOG = Logger.getLogger(Dialer.class.getName());

    @Inject
    private Telephony telephony;

    @Inject
    private DialerInstance instance;

    @EJB
    private CallClaims claims;

    @EJB
    private CallOutcomes outcomes;

    @EJB
    private IncomingCalls incoming;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    private final Map<Long, CallSteps> calls = new ConcurrentHashMap<>();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final RecurringFault passFault = new RecurringFault(LOG, "Dialling");
    private final RecurringFault wrapUpFault = new RecurringFault(LOG, "Ending elapsed wrap-ups");

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void everySecond() {
        try {
            outcomes.endElapsedWrapUps();
            wrapUpFault.succeeded();
        } catch (RuntimeException e) {
            wrapUpFault.failed(e);
        }
        wake();
    }

    public void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged changed) {
        if (changed.agent().state() == AgentState.READY) {
            wake();
        }
    }

    public void requestsWaiting(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestsWaiting waiting) {
        wake();
    }

    /**
     * Runs on the telephony adapter's managed thread for the call, in the order the call's events happened. Steps
     * that change nothing by themselves wait and are recorded with the call's next step that does (the agent's phone
     * ringing: the screen-pop; both parties on the line; the end), so a call costs few transactions.
     */
    public void progressed(@Observes CallProgress progress) {
        if (progress.step() == CallProgress.Step.PLACED) {
            return;
        }
        CallSteps call = calls.computeIfAbsent(progress.ref().attemptId(), id -> new CallSteps());
        if (!call.add(progress)) {
            return;
        }
        List<CallProgress> steps = call.take();
        if (progress.step() == CallProgress.Step.ENDED) {
            calls.remove(progress.ref().attemptId());
        }
        try {
            outcomes.record(steps);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record " + steps, e);
        }
        if (progress.step() == CallProgress.Step.ENDED) {
            wake();
        }
    }

    /** One call's steps not yet recorded, and who has answered so far. */
    private static final class CallSteps {
        private final List<CallProgress> waiting = new ArrayList<>();
        private boolean agentConnected;
        private boolean customerConnected;

        /** @return whether this step needs recording now (with the steps before it) */
        boolean add(CallProgress progress) {
            waiting.add(progress);
            return switch (progress.step()) {
                case AGENT_ALERTING, ENDED -> true;
                case AGENT_CONNECTED -> {
                    agentConnected = true;
                    yield customerConnected;
                }
                case CUSTOMER_CONNECTED -> {
                    customerConnected = true;
                    yield agentConnected;
                }
                default -> false;
            };
        }

        List<CallProgress> take() {
            List<CallProgress> taken = List.copyOf(waiting);
            waiting.clear();
            return taken;
        }
    }

    public void called(@Observes IncomingCall call) {
        IncomingCalls.Routing routing;
        try {
            routing = incoming.take(call, instance.name(), telephony.phonesInUse()).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not take the incoming call to " + call.helpNumber(), e);
            routing = null;
        }
        if (routing == null) {
            telephony.queue(call);
            return;
        }
        try {
            telephony.route(call, routing.extension(), routing.ref());
        } catch (RuntimeException e) {
            // the caller gave up, or the route timed out: not the agent's doing; the caller is called back
            LOG.log(Level.WARNING, "Could not route the incoming call " + routing.ref() + " to " + routing.extension(),
                    e);
            progressed(CallProgress.ended(routing.ref(), EndCause.NOT_PLACED, clock.instant()));
        }
    }

    /** Asks for a dialling pass; cheap, and safe to call from anywhere. */
    public void wake() {
        if (!telephony.status().canDial()) {
            return;
        }
        wanted.set(true);
        if (passRunning.compareAndSet(false, true)) {
            executor.execute(this::passes);
        }
    }

    private void passes() {
        try {
            while (wanted.getAndSet(false)) {
                dialEveryReadyAgent();
            }
            passFault.succeeded();
        } catch (RuntimeException e) {
            passFault.failed(e);
        } finally {
            passRunning.set(false);
        }
        if (wanted.get()) {
            wake();
        }
    }

    private void dialEveryReadyAgent() {
        Set<String> phonesInUse = telephony.phonesInUse();
        List<String> ready = claims.readyAgentsWithWork().stream()
                .filter(agent -> !phonesInUse.contains(agent.extension()))
                .map(CallClaims.ReadyAgent::login)
                .toList();
        if (ready.isEmpty()) {
            return;
        }
        List<CallOrder> orders;
        try {
            orders = claims.claimForAll(ready, phonesInUse, instance.name());
        } catch (RuntimeException e) {
            // a lost race with another instance (a customer's number or a phone is on a call already): one at a time
            LOG.info(() -> "Claiming for " + ready.size() + " agents at once failed (" + e + "); claiming one by one");
            orders = ready.stream().flatMap(login -> claimOne(login, phonesInUse).stream()).toList();
        }
        orders.forEach(this::place);
    }

    private Optional<CallOrder> claimOne(String login, Set<String> phonesInUse) {
        try {
            return claims.claimFor(login, phonesInUse, instance.name());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Could not claim a request for agent " + login, e);
            return Optional.empty();
        }
    }

    private void place(CallOrder order) {
        try {
            telephony.place(order);
        } catch (CallNotPlacedException e) {
            // a refusal names whose side it is; recording it makes sure it is not repeated at once (see AfterCall)
            LOG.warning(() -> "Telephony refused call " + order.ref() + " to agent phone " + order.agentExtension()
                    + " (" + e.endCause() + "): " + e.getMessage());
            LOG.log(Level.FINE, "Refusal of call " + order.ref(), e);
            progressed(CallProgress.ended(order.ref(), e.endCause(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not place call " + order.ref(), e);
            progressed(CallProgress.ended(order.ref(), EndCause.NOT_PLACED, clock.instant()));
        }
    }
}
