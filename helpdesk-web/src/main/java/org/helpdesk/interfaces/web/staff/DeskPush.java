package org.helpdesk.interfaces.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.event.WebsocketEvent;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.helpdesk.agent.AgentStateChanged;
import org.helpdesk.agent.RequestAssigned;
import org.helpdesk.dialer.CallChanged;
import org.helpdesk.request.CallOutcome;

/**
 * Tells an agent's open desktops (Faces push, channel "desk", per user) that a request was given to them, that their
 * state changed, or that their call did, after the change committed. Only a word ("screen-pop", "state", "call")
 * travels over the web socket: the desktop then asks for the panel through an ordinary Faces request, so every
 * value is rendered, and escaped, by Faces.
 */
@ApplicationScoped
public class DeskPush {

    static final String SCREEN_POP = "screen-pop";
    /** The agent's state changed (the dialer's doing, mostly: on a call, wrap-up over, a missed call). */
    static final String STATE = "state";
    /** The agent's phone rang, they talk, the call ended. */
    static final String CALL = "call";
    private static final Logger LOG = Logger.getLogger(DeskPush.class.getName());

    @Inject
    @Push(channel = "desk")
    private PushContext desk;

    /** Open desk web sockets per agent: a push costs a JSON encoding even when nobody listens, so ask first. */
    private final Map<String, AtomicInteger> openDesks = new ConcurrentHashMap<>();

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent socket) {
        if (isDesk(socket)) {
            openDesks.computeIfAbsent(socket.getUser().toString(), agent -> new AtomicInteger()).incrementAndGet();
        }
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent socket) {
        if (isDesk(socket)) {
            openDesks.computeIfPresent(socket.getUser().toString(),
                    (agent, open) -> open.decrementAndGet() <= 0 ? null : open);
        }
    }

    private static boolean isDesk(WebsocketEvent socket) {
        return "desk".equals(socket.getChannel()) && socket.getUser() != null;
    }

    private boolean hasDeskOpen(String agent) {
        return openDesks.containsKey(agent);
    }

    void popped(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestAssigned assigned) {
        if (!hasDeskOpen(assigned.agent())) {
            return;
        }
        int desktops = desk.send(SCREEN_POP, assigned.agent()).size();
        LOG.info(() -> "Screen-pop of request " + assigned.screenPop().request().id() + " pushed to " + desktops
                + " desktop(s) of agent " + assigned.agent());
    }

    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged changed) {
        if (hasDeskOpen(changed.agent().login())) {
            desk.send(STATE, changed.agent().login());
        }
    }

    /**
     * The phone panel follows the call. The screen-pop panel is left alone (the agent may be typing the outcome),
     * unless the wrap-up ran out: then its form is closed, since the outcome is recorded as not recorded.
     */
    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        String agent = changed.call().agent();
        if (hasDeskOpen(agent)) {
            desk.send(changed.call().outcome() == CallOutcome.NOT_RECORDED ? SCREEN_POP : CALL, agent);
        }
    }
}
