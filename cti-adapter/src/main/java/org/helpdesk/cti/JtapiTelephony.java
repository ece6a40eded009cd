package org.helpdesk.cti;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.InvalidPartyException;
import javax.telephony.JtapiPeerFactory;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;
import javax.telephony.ProviderListener;
import javax.telephony.Terminal;
import javax.telephony.callcenter.CallCenterCall;
import javax.telephony.callcenter.CallCenterProvider;
import javax.telephony.callcenter.RouteAddress;
import org.helpdesk.dialer.CallNotPlacedException;
import org.helpdesk.dialer.CallOrder;
import org.helpdesk.dialer.CallProgress;
import org.helpdesk.dialer.CallRef;
import org.helpdesk.dialer.EndCause;
import org.helpdesk.dialer.IncomingCall;
import org.helpdesk.dialer.NoCallToHangUpException;
import org.helpdesk.dialer.Telephony;
import org.helpdesk.dialer.TelephonyStatus;
import org.helpdesk.dialer.TelephonyStatusChanged;
import org.helpdesk.queue.DialMode;

/**
 * The telephone system, over JTAPI: owns the {@link Provider} named by configuration, places the dialer's calls,
 * takes the calls to the help numbers, and turns JTAPI events into the dialer's {@link CallProgress} and
 * {@link IncomingCall} events. Those are delivered on managed threads, one at a time per call
 * ({@link CallEventSequence}), never on the JTAPI implementation's threads. When the provider goes out of service
 * it is shut down and opened again every few seconds until it is back.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JtapiTelephony implements Telephony {

    private static final Logger LOG = Logger.getLogger(JtapiTelephony.class.getName());
    static final long REOPEN_SECONDS = 5;
    /** Calls whose events are recorded side by side; each call's own events go one at a time. */
    static final int DELIVERY_THREADS = 8;

    @Inject
    private JtapiSettings settings;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threads;

    /**
     * Runs the events' deliveries: threads made once by the container's factory (so they carry the application's
     * context), instead of the managed executor, which captures the context again for every task.
     */
    private ExecutorService deliveries;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Event<CallProgress> progress;

    @Inject
    private Event<IncomingCall> incoming;

    @Inject
    private Event<TelephonyStatusChanged> statusChanged;

    @Inject
    private Clock clock;

    private CallEventSequence sequence;
    private volatile CallCenterProvider provider;
    private volatile HelpNumberRouting routing;
    /** The phones of the open provider that are on a call; replaced with the provider. */
    private volatile PhoneLines lines = new PhoneLines();
    private volatile TelephonyStatus status = TelephonyStatus.NOT_CONFIGURED;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        deliveries = Executors.newFixedThreadPool(DELIVERY_THREADS, threads);
        sequence = new CallEventSequence(deliveries);
        if (!settings.configured()) {
            LOG.info("No JTAPI provider configured (HELPDESK_JTAPI_PROVIDER): the dialer stays idle");
            return;
        }
        changeStatus(TelephonyStatus.CONNECTING);
        executor.execute(this::open);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        CallCenterProvider open = provider;
        if (open != null) {
            open.shutdown();
        }
        deliveries.shutdown();
    }

    @Override
    public TelephonyStatus status() {
        return status;
    }

    /**
     * Records the new status and tells the observers (the supervisor console) when it is a change. An observer's
     * fault is logged here: thrown into {@code open()} it would count as a provider that failed to open.
     */
    private synchronized void changeStatus(TelephonyStatus now) {
        TelephonyStatus before = status;
        status = now;
        if (before != now) {
            try {
                statusChanged.fire(new TelephonyStatusChanged(now));
            } catch (RuntimeException observerFault) {
                LOG.log(Level.WARNING, "An observer of the telephony status " + now + " failed", observerFault);
            }
        }
    }

    private synchronized void open() {
        if (stopping || provider != null) {
            return;
        }
        try {
            Provider opened = JtapiPeerFactory.getJtapiPeer(settings.peer()).getProvider(settings.provider());
            if (!(opened instanceof CallCenterProvider callCenter)) {
                opened.shutdown();
                throw new IllegalStateException("the JTAPI provider does not support the call-center package");
            }
            HelpNumberRouting helpNumbers = new HelpNumberRouting(this::deliver, this::deliver, settings.overflow(),
                    new CallerIdTrust(settings.callerIdTrusted()), clock);
            for (RouteAddress number : callCenter.getRouteableAddresses() == null ? new RouteAddress[0]
                    : callCenter.getRouteableAddresses()) {
                number.registerRouteCallback(helpNumbers);
                number.addCallListener(helpNumbers);
            }
            PhoneLines watched = new PhoneLines();
            watched.watch(callCenter);
            callCenter.addProviderListener(new Watch(callCenter));
            lines = watched;
            routing = helpNumbers;
            provider = callCenter;
            changeStatus(callCenter.getState() == Provider.IN_SERVICE ? TelephonyStatus.IN_SERVICE
                    : TelephonyStatus.OUT_OF_SERVICE);
            LOG.info(() -> "JTAPI provider " + callCenter.getName() + " opened (" + settings.peerName() + "): "
                    + status);
        } catch (Exception | LinkageError e) {
            changeStatus(TelephonyStatus.OUT_OF_SERVICE);
            LOG.log(Level.WARNING, "Cannot open the JTAPI provider (" + settings.peerName() + "); trying again in "
                    + REOPEN_SECONDS + " s", e);
            reopenLater();
        }
    }

    private void reopenLater() {
        if (!stopping) {
            scheduler.schedule(this::open, REOPEN_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Follows the provider's state; one that went away is replaced. */
    private final class Watch implements ProviderListener {
        private final CallCenterProvider watched;

        Watch(CallCenterProvider watched) {
            this.watched = watched;
        }

        @Override
        public void providerInService(ProviderEvent event) {
            if (provider == watched) {
                changeStatus(TelephonyStatus.IN_SERVICE);
                LOG.info("JTAPI provider in service");
            }
        }

        @Override
        public void providerOutOfService(ProviderEvent event) {
            lost("out of service");
        }

        @Override
        public void providerShutdown(ProviderEvent event) {
            lost("shut down");
        }

        @Override
        public void providerEventTransmissionEnded(ProviderEvent event) {
        }

        private void lost(String how) {
            if (provider != watched || stopping) {
                return;
            }
            changeStatus(TelephonyStatus.OUT_OF_SERVICE);
            LOG.warning(() -> "JTAPI provider " + how + "; reopening in " + REOPEN_SECONDS + " s");
            synchronized (JtapiTelephony.this) {
                provider = null;
                lines = new PhoneLines();
            }
            executor.execute(() -> {
                try {
                    watched.shutdown();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Shutting down the lost provider", e);
                }
            });
            reopenLater();
        }
    }

    @Override
    public void place(CallOrder order) {
        CallCenterProvider open = provider;
        if (open == null || !status.canDial()) {
            throw new CallNotPlacedException(EndCause.NOT_PLACED, "the telephony is " + status, null);
        }
        Terminal terminal;
        Address address;
        try {
            terminal = open.getTerminal(order.agentExtension());
            address = open.getAddress(order.agentExtension());
        } catch (Exception e) {
            throw new CallNotPlacedException(EndCause.AGENT_UNREACHABLE, "no phone " + order.agentExtension(), e);
        }
        try {
            CallCenterCall call = (CallCenterCall) open.createCall();
            call.setApplicationData(order.ref().toString());
            call.addCallListener(new CallTranslator(order.ref(), order.agentExtension(), false, this::deliver, clock));
            if (order.mode() == DialMode.CUSTOMER_FIRST) {
                call.connectPredictive(terminal, address, order.customerNumber(), Connection.CONNECTED, 0,
                        CallCenterCall.ANSWERING_TREATMENT_PROVIDER_DEFAULT,
                        CallCenterCall.ENDPOINT_HUMAN_INTERVENTION);
            } else {
                call.connect(terminal, address, order.customerNumber());
            }
            deliver(CallProgress.of(order.ref(), CallProgress.Step.PLACED, clock.instant()));
        } catch (InvalidPartyException e) {
            EndCause cause = e.getType() == InvalidPartyException.ORIGINATING_PARTY ? EndCause.AGENT_UNREACHABLE
                    : EndCause.CUSTOMER_UNREACHABLE;
            throw new CallNotPlacedException(cause, e.getMessage(), e);
        } catch (Exception e) {
            throw new CallNotPlacedException(EndCause.NOT_PLACED, String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    public void route(IncomingCall call, String agentExtension, CallRef ref) {
        HelpNumberRouting current = routing;
        if (current == null) {
            throw new IllegalStateException("the telephony is " + status);
        }
        current.route(call, agentExtension, ref);
    }

    @Override
    public void queue(IncomingCall call) {
        HelpNumberRouting current = routing;
        if (current != null) {
            current.queue(call);
        }
    }

    @Override
    public Set<String> phonesInUse() {
        return lines.inUse();
    }

    @Override
    public Set<CallRef> callsInProgress() {
        CallCenterProvider open = provider;
        return open == null ? Set.of() : LiveCalls.of(open);
    }

    @Override
    public void hangUp(CallRef ref, String agentExtension) {
        CallCenterProvider open = provider;
        Call call = open == null ? null : LiveCalls.find(open, ref).orElse(null);
        if (call == null) {
            throw new NoCallToHangUpException(NoCallToHangUpException.Reason.NO_CALL, "the telephony has no call "
                    + ref + " (it has ended)");
        }
        LiveCalls.hangUp(call, agentExtension);
    }

    private void deliver(CallProgress step) {
        sequence.submit(step.ref().toString(), () -> progress.fire(step));
    }

    private void deliver(IncomingCall call) {
        sequence.submit(call.key(), () -> incoming.fire(call));
    }
}
