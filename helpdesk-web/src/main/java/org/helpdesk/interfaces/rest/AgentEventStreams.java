package org.helpdesk.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.helpdesk.agent.AgentRoster;
import org.helpdesk.agent.AgentStateChanged;
import org.helpdesk.agent.RequestAssigned;
import org.helpdesk.dialer.CallChanged;

/**
 * The open event streams of each agent (on this server instance), and what they are sent: "screen-pop", "state" and
 * "call", each after the commit of the change it reports.
 *
 * <p>The sinks are kept per agent here rather than in an {@code SseBroadcaster}: a broadcaster does not say when its
 * last client went away, so one per agent would outlive the agent's clients. A client that went away is noticed when
 * something is written to it (an event, or the keep-alive comment every {@value #KEEP_ALIVE_SECONDS} s), and its sink
 * is then closed and dropped, with the agent's entry once the last one is gone.
 */
@ApplicationScoped
public class AgentEventStreams {

    private static final Logger LOG = Logger.getLogger(AgentEventStreams.class.getName());
    static final int KEEP_ALIVE_SECONDS = 20;

    private final Map<String, Set<SseEventSink>> sinks = new ConcurrentHashMap<>();
    /** Jersey's event factory; the same for every request, kept from the first stream opened. */
    private volatile Sse sse;
    private ScheduledFuture<?> keepAlive;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private AgentRoster roster;

    @Inject
    private Clock clock;

    @PostConstruct
    void startKeepAlive() {
        keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        keepAlive.cancel(false);
        sinks.values().forEach(open -> open.forEach(SseEventSink::close));
    }

    /** Keeps the sink until its client goes away; sends the agent's current state first. */
    void open(String login, SseEventSink sink, Sse events) {
        sse = events;
        // add and drop change an agent's set inside compute: a sink is never added to a set that is being dropped
        sinks.compute(login, (key, open) -> {
            Set<SseEventSink> set = open == null ? ConcurrentHashMap.newKeySet() : open;
            set.add(sink);
            return set;
        });
        LOG.info(() -> "Event stream opened for agent " + login + " (" + streamsOf(login) + " open)");
        roster.find(login).ifPresent(agent -> write(login, sink, event("state",
                AgentJson.of(agent, clock.instant()).build())));
    }

    void popped(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestAssigned assigned) {
        int streams = send(assigned.agent(), () -> event("screen-pop", ScreenPopJson.of(assigned.screenPop())));
        LOG.info(() -> "Screen-pop of request " + assigned.screenPop().request().id() + " for agent "
                + assigned.agent() + " sent to " + streams + " event stream(s)");
    }

    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged changed) {
        send(changed.agent().login(), () -> event("state", AgentJson.of(changed.agent(), clock.instant()).build()));
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        send(changed.call().agent(), () -> event("call", AgentCallJson.of(changed.call(), clock.instant()).build()));
    }

    /** @return to how many streams the event was written */
    private int send(String login, Supplier<OutboundSseEvent> event) {
        Set<SseEventSink> open = sinks.get(login);
        if (open == null || open.isEmpty() || sse == null) {
            return 0;
        }
        OutboundSseEvent built = event.get();
        open.forEach(sink -> write(login, sink, built));
        return open.size();
    }

    private void keepAlive() {
        if (sse == null) {
            return;
        }
        OutboundSseEvent comment = sse.newEventBuilder().comment("keep-alive").build();
        sinks.forEach((login, open) -> open.forEach(sink -> write(login, sink, comment)));
    }

    private void write(String login, SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            drop(login, sink);
            return;
        }
        sink.send(event).whenComplete((sent, failure) -> {
            if (failure != null) {
                drop(login, sink);
            }
        });
    }

    private void drop(String login, SseEventSink sink) {
        sink.close();
        boolean[] dropped = {false};
        sinks.computeIfPresent(login, (key, open) -> {
            dropped[0] = open.remove(sink);
            return open.isEmpty() ? null : open;
        });
        if (dropped[0]) {
            LOG.info(() -> "Event stream of agent " + login + " closed (" + streamsOf(login) + " left)");
        }
    }

    private int streamsOf(String login) {
        Set<SseEventSink> open = sinks.get(login);
        return open == null ? 0 : open.size();
    }

    private OutboundSseEvent event(String name, JsonObject data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, data.toString()).build();
    }
}
