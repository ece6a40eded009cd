package org.helpdesk.jtapi.sip;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.telephony.callcenter.ACDAddress;
import javax.telephony.callcenter.Agent;
import javax.telephony.callcenter.AgentTerminal;
import javax.telephony.callcenter.RouteAddress;
import javax.telephony.callcenter.RouteCallback;
import javax.telephony.callcenter.RouteSession;
import javax.telephony.callcenter.events.ReRouteEvent;
import javax.telephony.callcenter.events.RouteCallbackEndedEvent;
import javax.telephony.callcenter.events.RouteEndEvent;
import javax.telephony.callcenter.events.RouteEvent;
import javax.telephony.callcenter.events.RouteUsedEvent;
import javax.telephony.privatedata.PrivateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Inbound INVITEs to a route address: the route callback picks the destination, the provider connects it. */
class InboundRoutingTest {
    private static final Duration SIPP_EXIT = Duration.ofSeconds(30);
    /** A loopback address that is neither the trunk (127.0.0.1) nor a phone: a stranger to the provider. */
    static final String STRANGER = "127.0.0.2";

    private final TestPorts ports = new TestPorts();
    private SipProviderImpl provider;

    /** Routes every call to one destination, or refuses it as busy; remembers the caller IDs it saw. */
    static final class Router implements RouteCallback {
        final List<String> callers = new CopyOnWriteArrayList<>();
        /** The route sessions' private data, one map per call. */
        final List<Map<?, ?>> data = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final List<String> ended = new CopyOnWriteArrayList<>();
        private final String destination;

        Router(String destination) {
            this.destination = destination;
        }

        @Override
        public void routeEvent(RouteEvent event) {
            callers.add(event.getCallingAddress().getName());
            if (event.getRouteSession() instanceof PrivateData session) {
                data.add((Map<?, ?>) session.getPrivateData());
            }
            threads.add(Thread.currentThread().getName());
            try {
                if (destination == null) {
                    event.getRouteSession().endRoute(RouteSession.ERROR_RESOURCE_BUSY);
                } else {
                    event.getRouteSession().selectRoute(new String[] {destination});
                }
            } catch (javax.telephony.MethodNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public void reRouteEvent(ReRouteEvent event) { }
        @Override public void routeUsedEvent(RouteUsedEvent event) { }
        @Override public void routeEndEvent(RouteEndEvent event) { ended.add("end"); }
        @Override public void routeCallbackEndedEvent(RouteCallbackEndedEvent event) { }
    }

    @AfterEach
    void stopProvider() {
        Leaks.assertNoneThenShutDown(provider);
    }

    private void start(String extra) throws Exception {
        provider = ports.hotlineProvider(extra);
    }

    @Test
    void routeCallbackSeesTheAssertedIdentityAndConnectsTheCallerToTheChosenAgent() throws Exception {
        start("");
        Router router = new Router("agent1");
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(router);
        CallRecorder recorder = new CallRecorder();
        provider.getAddress("hotline").addCallListener(recorder);
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp caller = Sipp.caller("caller-asserted-identity.xml", "hotline", ports.caller, ports.callerControl,
                     ports.callerMedia, ports.provider)) {
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            recorder.awaitCallEnded();
            assertEquals(List.of("+4930123456"), router.callers);
            assertEquals(Boolean.TRUE, router.data.get(0).get(RouteSessionData.CALLER_ID_VERIFIED),
                    "the trunk vouches for the number it asserts");
            assertEquals("127.0.0.1", router.data.get(0).get(RouteSessionData.SOURCE));
            assertTrue(router.threads.stream().noneMatch(name -> name.contains("EventScanner")),
                    "route callbacks never run on the SIP stack's threads");
            assertEquals(List.of("CREATED", "INPROGRESS", "ALERTING", "CONNECTED", "DISCONNECTED"),
                    recorder.connectionStates("agent1"));
            await().atMost(Duration.ofSeconds(5)).until(() -> provider.liveLegs() == 0 && provider.openDialogs() == 0);
        }
    }

    @Test
    void anAssertedIdentityFromAStrangerIsNotBelievedTheCallerIsItsFromNumberUnverified() throws Exception {
        start("");
        Router router = new Router("agent1");
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(router);
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp stranger = Sipp.callerFrom(STRANGER, "caller-asserted-identity.xml", "hotline", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, stranger.awaitExit(SIPP_EXIT), "a stranger's call to a route address is still routed: "
                    + stranger.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(List.of("5550100"), router.callers, "the From number, not the asserted +4930123456");
            assertEquals(Boolean.FALSE, router.data.get(0).get(RouteSessionData.CALLER_ID_VERIFIED));
            assertEquals(STRANGER, router.data.get(0).get(RouteSessionData.SOURCE));
        }
    }

    @Test
    void aPeerListedAsTrustedIsBelievedLikeTheTrunk() throws Exception {
        start(";trusted=" + STRANGER);
        Router router = new Router("agent1");
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(router);
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp gateway = Sipp.callerFrom(STRANGER, "caller-asserted-identity.xml", "hotline", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider, List.of())) {
            assertEquals(0, gateway.awaitExit(SIPP_EXIT), gateway.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(List.of("+4930123456"), router.callers);
            assertEquals(Boolean.TRUE, router.data.get(0).get(RouteSessionData.CALLER_ID_VERIFIED));
        }
    }

    @Test
    void callerWithoutSdpGetsTheAgentsOfferAndItsAnswerReachesTheAgent() throws Exception {
        start("");
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(new Router("agent1"));
        try (Sipp agent = Sipp.phone("agent-answers-late-offer.xml", ports.agent, ports.agentControl,
                ports.agentMedia, ports.provider);
             Sipp caller = Sipp.caller("caller-late-offer.xml", "hotline", ports.caller, ports.callerControl,
                     ports.callerMedia, ports.provider)) {
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
        }
    }

    @Test
    void anonymousCallerIsSeenAsAnonymousAndCanBeRefusedAsBusy() throws Exception {
        start("");
        Router router = new Router(null);
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(router);
        try (Sipp caller = Sipp.caller("caller-anonymous-busy.xml", "hotline", ports.caller, ports.callerControl,
                ports.callerMedia, ports.provider)) {
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(List.of("anonymous"), router.callers);
        }
    }

    @Test
    void withoutARouteCallbackTheDefaultRouteQueuesTheCallerOnTheAcd() throws Exception {
        start(";acd=support;routeDefault=support");
        AgentTerminal terminal = (AgentTerminal) provider.getTerminal("agent1");
        Agent agent1 = terminal.addAgent(null, (ACDAddress) provider.getAddress("support"), Agent.NOT_READY, "a1", null);
        try (Sipp agent = Sipp.phone("agent-answers-inbound.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp caller = Sipp.caller("caller-asserted-identity.xml", "hotline", ports.caller, ports.callerControl,
                     ports.callerMedia, ports.provider)) {
            ACDAddress support = (ACDAddress) provider.getAddress("support");
            await().atMost(Duration.ofSeconds(5)).until(() -> support.getNumberQueued() == 1);
            agent1.setState(Agent.READY);
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            assertEquals(0, support.getNumberQueued());
        }
    }

    @Test
    void aQueuedCallTheLongestIdleAgentRefusesGoesToTheNextReadyAgent() throws Exception {
        start(";acd=support;routeDefault=support;terminal.agent2=sip:agent2@127.0.0.1:" + ports.customer);
        ACDAddress support = (ACDAddress) provider.getAddress("support");
        Agent refusing = ((AgentTerminal) provider.getTerminal("agent1")).addAgent(null, support, Agent.READY, "a1",
                null);
        Agent answering = ((AgentTerminal) provider.getTerminal("agent2")).addAgent(null, support, Agent.READY, "a2",
                null);
        try (Sipp busyAgent = Sipp.phone("agent-busy.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp freeAgent = Sipp.phone("agent-answers-inbound.xml", ports.customer, ports.customerControl,
                     ports.customerMedia, ports.provider);
             Sipp caller = Sipp.caller("caller-asserted-identity.xml", "hotline", ports.caller, ports.callerControl,
                     ports.callerMedia, ports.provider)) {
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(0, busyAgent.awaitExit(SIPP_EXIT), busyAgent.describe());
            assertEquals(0, freeAgent.awaitExit(SIPP_EXIT), freeAgent.describe());
            assertEquals(Agent.NOT_READY, refusing.getState(), "an agent who refuses an ACD call is not ready");
            await().atMost(Duration.ofSeconds(5)).until(() -> answering.getState() == Agent.READY);
        }
    }

    @Test
    void callerCancellingWhileTheAgentRingsCancelsTheAgentToo() throws Exception {
        start("");
        ((RouteAddress) provider.getAddress("hotline")).registerRouteCallback(new Router("agent1"));
        CallRecorder recorder = new CallRecorder();
        provider.getAddress("hotline").addCallListener(recorder);
        try (Sipp agent = Sipp.phone("agent-rings-unanswered.xml", ports.agent, ports.agentControl, ports.agentMedia,
                ports.provider);
             Sipp caller = Sipp.caller("caller-cancels-while-ringing.xml", "hotline", ports.caller,
                     ports.callerControl, ports.callerMedia, ports.provider)) {
            assertEquals(0, caller.awaitExit(SIPP_EXIT), caller.describe());
            assertEquals(0, agent.awaitExit(SIPP_EXIT), agent.describe());
            recorder.awaitCallEnded();
            assertEquals("DISCONNECTED", recorder.connectionStates("agent1").get(
                    recorder.connectionStates("agent1").size() - 1));
        }
    }
}
