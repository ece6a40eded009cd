package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import java.text.ParseException;
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
 * Turns an initial INVITE into a call: the called user must be one of our addresses (a route point, an ACD group
 * or a terminal's number); anything else is refused with 404. Runs on the stack's thread and only hands off.
 */
final class InboundRouter implements SipEndpoint.InboundHandler {
    private static final Logger LOG = Logger.getLogger(InboundRouter.class.getName());

    private final SipProviderImpl provider;

    InboundRouter(SipProviderImpl provider) {
        this.provider = provider;
    }

    @Override
    public void invite(RequestEvent event, ServerTransaction transaction) {
        Request request = event.getRequest();
        AddressImpl target = request.getRequestURI() instanceof SipURI
                ? provider.localAddress(((SipURI) request.getRequestURI()).getUser()) : null;
        if (provider.getState() != Provider.IN_SERVICE) {
            refuse(request, transaction, Response.SERVICE_UNAVAILABLE);
        } else if (target == null) {
            refuse(request, transaction, Response.NOT_FOUND);
        } else {
            InetAddress source = TrustedPeers.sourceOf(request);
            CallerId callerId = CallerId.of(request, provider.trustedPeers().trusts(source));
            CallImpl call = new CallImpl(provider, provider.pool());
            AddressImpl caller = provider.remoteAddress(callerId.number());
            InboundFlow flow = new InboundFlow(call, new InboundFlow.Caller(caller, callerId, source), target,
                    request, transaction);
            call.begin(caller, null, target, flow);
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
