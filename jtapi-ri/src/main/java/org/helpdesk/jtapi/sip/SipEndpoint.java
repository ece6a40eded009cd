package org.helpdesk.jtapi.sip;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.DialogState;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The JAIN-SIP adapter: owns the stack, its UDP and TCP listening points, and translates the stack's callbacks
 * (which arrive on the stack's own threads, possibly out of order) into calls on the {@link Leg} that owns the
 * Call-ID. Legs hop onto their call's serial executor; nothing here runs application code.
 */
final class SipEndpoint implements SipListener {
    private static final Logger LOG = Logger.getLogger(SipEndpoint.class.getName());
    private static final AtomicLong STACKS = new AtomicLong();

    /** Gets initial INVITEs that belong to no leg yet. Runs on a stack thread: must only hand off. */
    interface InboundHandler {
        void invite(RequestEvent event, ServerTransaction transaction);
    }

    final ProviderConfig config;
    final AddressFactory addresses;
    final HeaderFactory headers;
    final MessageFactory messages;
    private final SipStack stack;
    private final SipProvider provider;
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private volatile InboundHandler inbound;
    private volatile Registrar registrar;
    private final AuthenticationHelper credentials;

    SipEndpoint(ProviderConfig config) throws SipException {
        this.config = config;
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "helpdesk-jtapi-" + config.port() + "-" + STACKS.incrementAndGet());
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "4194304");
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", "4194304");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        properties.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
        properties.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        properties.setProperty("gov.nist.javax.sip.AUTOMATIC_DIALOG_ERROR_HANDLING", "false");
        try {
            addresses = factory.createAddressFactory();
            headers = factory.createHeaderFactory();
            messages = factory.createMessageFactory();
            stack = factory.createSipStack(properties);
            ListeningPoint udp = stack.createListeningPoint(config.host(), config.port(), ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint(config.host(), config.port(), ListeningPoint.TCP);
            provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            provider.addSipListener(this);
            stack.start();
            credentials = config.trunkUser() == null ? null : ((SipStackExt) stack).getAuthenticationHelper(
                    (transaction, realm) -> new UserCredentials() {
                        @Override public String getUserName() { return config.trunkUser(); }
                        @Override public String getPassword() { return config.trunkPassword(); }
                        @Override public String getSipDomain() { return realm; }
                    }, headers);
        } catch (javax.sip.PeerUnavailableException | javax.sip.InvalidArgumentException
                | javax.sip.TransportNotSupportedException | java.util.TooManyListenersException
                | javax.sip.ObjectInUseException e) {
            throw new SipException("Cannot start SIP on " + config.host() + ":" + config.port() + ": " + e, e);
        }
        LOG.info(() -> "SIP provider listening on " + config.host() + ":" + config.port() + " (udp, tcp)");
    }

    SipProvider provider() {
        return provider;
    }

    void onInbound(InboundHandler handler) {
        this.inbound = handler;
    }

    /**
     * Answers a 401/407 with the trunk credentials: a new client transaction for the re-sent request, not yet sent;
     * null when no credentials are configured.
     */
    ClientTransaction authenticate(Response challenge, ClientTransaction challenged) throws SipException {
        return credentials == null ? null : credentials.handleChallenge(challenge, challenged, provider, 5);
    }

    void onRegister(Registrar handler) {
        this.registrar = handler;
    }

    void register(String callId, Leg leg) {
        legs.put(callId, leg);
    }

    void unregister(String callId) {
        legs.remove(callId);
    }

    int legCount() {
        return legs.size();
    }

    /** Dialogs the stack still holds that are not terminated. */
    int openDialogs() {
        int open = 0;
        for (javax.sip.Dialog dialog : ((SipStackExt) stack).getDialogs()) {
            if (dialog.getState() != DialogState.TERMINATED) {
                open++;
            }
        }
        return open;
    }

    /**
     * SIP transactions the stack still holds. Finished ones stay for the RFC 3261 timers (up to 64*T1 = 32 s over
     * UDP) so that retransmissions are absorbed; after that none may remain.
     */
    int openTransactions() {
        gov.nist.javax.sip.stack.SIPTransactionStack transactions = (gov.nist.javax.sip.stack.SIPTransactionStack) stack;
        return transactions.getClientTransactionTableSize() + transactions.getServerTransactionTableSize();
    }

    void stop() {
        provider.removeSipListener(this);
        try {
            stack.stop();
        } catch (RuntimeException e) {
            // JAIN-SIP 1.3.0-91 can trip over its own UDP processor when stopped right after start
            LOG.log(Level.FINE, "SIP stack stop raced its start-up", e);
        }
        LOG.info(() -> "SIP provider on " + config.host() + ":" + config.port() + " stopped");
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        Leg leg = legs.get(callId(request));
        try {
            if (leg != null) {
                leg.onRequest(event, serverTransaction(event));
            } else if (Request.INVITE.equals(request.getMethod()) && inbound != null) {
                inbound.invite(event, serverTransaction(event));
            } else if (Request.REGISTER.equals(request.getMethod()) && registrar != null) {
                registrar.register(request, serverTransaction(event));
            } else if (Request.ACK.equals(request.getMethod())) {
                LOG.fine(() -> "Stray ACK for " + callId(request));
            } else {
                int status = Request.OPTIONS.equals(request.getMethod()) ? Response.OK
                        : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
                serverTransaction(event).sendResponse(messages.createResponse(status, request));
            }
        } catch (javax.sip.TransactionAlreadyExistsException e) {
            LOG.fine(() -> "Retransmitted " + request.getMethod() + " absorbed");
        } catch (java.text.ParseException | SipException | javax.sip.InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot handle " + request.getMethod(), e);
        }
    }

    private ServerTransaction serverTransaction(RequestEvent event) throws SipException {
        if (Request.ACK.equals(event.getRequest().getMethod())) {
            return null;
        }
        ServerTransaction transaction = event.getServerTransaction();
        return transaction != null ? transaction : provider.getNewServerTransaction(event.getRequest());
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Leg leg = legs.get(callId(event.getResponse()));
        if (leg != null) {
            leg.onResponse(event);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        Request request = event.getClientTransaction().getRequest();
        Leg leg = legs.get(callId(request));
        if (leg != null) {
            leg.onTimeout(request.getMethod());
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.warning(() -> "SIP I/O error towards " + event.getHost() + ":" + event.getPort() + "/" + event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // transactions are owned by the stack; legs only keep the latest INVITE transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        LOG.finer(() -> "Dialog terminated " + event.getDialog().getCallId().getCallId());
    }

    static String callId(javax.sip.message.Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
