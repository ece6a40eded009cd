package org.helpdesk.jtapi.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A registrar for our terminals: a phone REGISTERs as its terminal name with HTTP digest authentication (RFC 3261
 * section 22, MD5, qop=auth); once accepted, calls to the terminal go to the registered contact.
 */
final class Registrar {
    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());
    private static final long NONCE_LIFETIME_NANOS = 300_000_000_000L;

    private final SipEndpoint sip;
    private final SipProviderImpl provider;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();

    Registrar(SipEndpoint sip, SipProviderImpl provider) {
        this.sip = sip;
        this.provider = provider;
    }

    void register(Request request, ServerTransaction transaction) {
        try {
            String user = ((SipURI) ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI()).getUser();
            TerminalImpl terminal = user == null ? null : provider.terminalFor(user);
            String password = user == null ? null : sip.config.passwords().get(user);
            AuthorizationHeader authorization = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
            if (terminal == null || password == null) {
                transaction.sendResponse(sip.messages.createResponse(Response.NOT_FOUND, request));
            } else if (authorization == null || !nonceIsFresh(authorization.getNonce())) {
                challenge(request, transaction);
            } else if (!authorization.getUsername().equals(user)
                    || !expected(authorization, password, request.getMethod()).equalsIgnoreCase(authorization.getResponse())) {
                LOG.warning(() -> "REGISTER for " + user + " refused: wrong credentials");
                transaction.sendResponse(sip.messages.createResponse(Response.FORBIDDEN, request));
            } else {
                nonces.remove(authorization.getNonce());
                accept(request, transaction, terminal);
            }
        } catch (ParseException | SipException | InvalidArgumentException | ClassCastException e) {
            LOG.log(Level.WARNING, "Cannot answer REGISTER", e);
        }
    }

    private void challenge(Request request, ServerTransaction transaction)
            throws ParseException, SipException, InvalidArgumentException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        long now = System.nanoTime();
        nonces.values().removeIf(issued -> now - issued > NONCE_LIFETIME_NANOS);
        nonces.put(nonce, now);
        Response response = sip.messages.createResponse(Response.UNAUTHORIZED, request);
        WWWAuthenticateHeader header = sip.headers.createWWWAuthenticateHeader("Digest");
        header.setRealm(sip.config.realm());
        header.setNonce(nonce);
        header.setAlgorithm("MD5");
        header.setQop("auth");
        response.addHeader(header);
        transaction.sendResponse(response);
    }

    private void accept(Request request, ServerTransaction transaction, TerminalImpl terminal)
            throws ParseException, SipException, InvalidArgumentException {
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        ExpiresHeader expires = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int seconds = contact != null && contact.getExpires() >= 0 ? contact.getExpires()
                : expires != null ? expires.getExpires() : 3600;
        terminal.bind(contact == null || seconds == 0 ? null : contact.getAddress().getURI().toString(),
                TrustedPeers.sourceOf(request));
        Response ok = sip.messages.createResponse(Response.OK, request);
        if (contact != null && seconds > 0) {
            ok.addHeader(contact);
            ok.addHeader(sip.headers.createExpiresHeader(seconds));
        }
        transaction.sendResponse(ok);
        LOG.info(() -> "Terminal " + terminal.getName() + " registered at " + terminal.uri());
    }

    private boolean nonceIsFresh(String nonce) {
        Long issued = nonce == null ? null : nonces.get(nonce);
        return issued != null && System.nanoTime() - issued < NONCE_LIFETIME_NANOS;
    }

    private static String expected(AuthorizationHeader authorization, String password, String method) {
        String ha1 = md5(authorization.getUsername() + ":" + authorization.getRealm() + ":" + password);
        String ha2 = md5(method + ":" + authorization.getURI());
        if (authorization.getQop() == null) {
            return md5(ha1 + ":" + authorization.getNonce() + ":" + ha2);
        }
        String nc = String.format("%08x", authorization.getNonceCount());
        return md5(ha1 + ":" + authorization.getNonce() + ":" + nc + ":" + authorization.getCNonce() + ":"
                + authorization.getQop() + ":" + ha2);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JRE", e);
        }
    }
}
