package org.helpdesk.interfaces.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.helpdesk.agent.AgentStateChanged;
import org.helpdesk.agent.RequestAssigned;

/**
 * Tells an agent's open desktops (Faces push, channel "desk", per user) that a request was given to them, or that
 * their state changed, after the change committed. Only the word "screen-pop" (or "state") travels over the web socket: the desktop then asks for its panel
 * through an ordinary Faces request, so every value is rendered, and escaped, by Faces.
 */
@ApplicationScoped
public class DeskPush {

    static final String SCREEN_POP = "screen-pop";
    /** The agent's state changed (the dialer's doing, mostly: on a call, wrap-up over, a missed call). */
    static final String STATE = "state";
    private static final Logger LOG = Logger.getLogger(DeskPush.class.getName());

    @Inject
    @Push(channel = "desk")
    private PushContext desk;

    void popped(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestAssigned assigned) {
        int desktops = desk.send(SCREEN_POP, assigned.agent()).size();
        LOG.info(() -> "Screen-pop of request " + assigned.screenPop().request().id() + " pushed to " + desktops
                + " desktop(s) of agent " + assigned.agent());
    }

    void stateChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged changed) {
        desk.send(STATE, changed.agent().login());
    }
}
