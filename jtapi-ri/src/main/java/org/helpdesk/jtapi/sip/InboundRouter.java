package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.Provider;

/**
 * Turns an initial INVITE into a call. A route address (a help number) takes anyone's call; any other of our
 * addresses (a terminal's number, an ACD group) only the calls of the trusted peers and of our own phones. Everyone
 * else gets 403 for any address, ours or not, so that nobody can probe which extensions exist; the trusted peers and
 * our phones get 404 for an address we do not have. Runs on the stack's thread and only hands off.
 */
final class InboundRouter implements SipEndpoint.InboundHandler {
    private static final Logger LOG = Logger.getLogger(InboundRouter.class.getName());
    /** Refusals of one source are logged once per minute at most: the first, then how many followed. */
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final int SOURCES_REMEMBERED = 4096;

    private final SipProviderImpl provider;
    private final Strikes refusals;

    InboundRouter(SipProviderImpl provider) {
        this.provider = provider;
        this.refusals = new Strikes(1, QUIET, SOURCES_REMEMBERED, InboundRouter::quietAgain, provider.timers(),
                System::nanoTime);
    }

    @Override
    public void invite(RequestEvent event, ServerTransaction transaction) {
        Request request = event.getRequest();
        String called = request.getRequestURI() instanceof SipURI ? ((SipURI) request.getRequestURI()).getUser()
                : null;
        AddressImpl target = called == null ? null : provider.localAddress(called);
        InetAddress source = TrustedPeers.sourceOf(request);
        boolean trusted = provider.trustedPeers().trusts(source);
        if (provider.getState() != Provider.IN_SERVICE) {
            refuse(request, transaction, Response.SERVICE_UNAVAILABLE);
        } else if (!(target instanceof RouteAddressImpl) && !trusted && !provider.isPhoneAt(source)) {
            refuse(request, transaction, Response.FORBIDDEN);
            String from = source == null ? "an unknown source" : source.getHostAddress();
            if (refusals.strike(from)) {
                LOG.warning(() -> "INVITE from " + from + " to " + called + " refused (403): only route addresses"
                        + " take calls from outside the trusted peers and our phones; further refusals of " + from
                        + " are counted for " + QUIET.toSeconds() + " s");
            }
        } else if (target == null) {
            refuse(request, transaction, Response.NOT_FOUND);
        } else {
            CallerId callerId = CallerId.of(request, trusted);
            CallImpl call = new CallImpl(provider, provider.pool());
            AddressImpl caller = provider.remoteAddress(callerId.number());
            InboundFlow flow = new InboundFlow(call, new InboundFlow.Caller(caller, callerId, source), target,
                    request, transaction);
            call.begin(caller, null, target, flow);
        }
    }

    private static void quietAgain(String source, int meanwhile) {
        if (meanwhile > 0) {
            LOG.warning(() -> meanwhile + " more INVITE(s) from " + source + " refused (403) in the last "
                    + QUIET.toSeconds() + " s");
        }
    }

    private void refuse(Request request, ServerTransaction transaction, int status) {
        try {
            transaction.sendResponse(provider.endpoint().messages.createResponse(status, request));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot refuse INVITE", e);
        }
    }
}
