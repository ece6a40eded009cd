package org.helpdesk.jtapi.sip;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Locale;
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
 *
 * <p>It gives nothing away and makes guessing pointless. Every user is challenged alike, whether it exists or not,
 * and a wrong answer is 403 whatever was wrong, after the same work (the digest is computed with a stand-in
 * password for a user we do not have) and a constant-time comparison. A source address with too many wrong
 * answers within the guess window, and a user with too many from any sources, are refused unchecked for one window:
 * even the right password is 403 then, so the guesses are worth nothing, and the guesser cannot tell. The user's own
 * phone, where it last registered from, is exempt from its user's throttle, so that a guesser cannot lock it out.
 * Both throttles are logged when they start and when they end, never per guess.
 */
final class Registrar {
    private static final Logger LOG = Logger.getLogger(Registrar.class.getName());
    /** Source addresses remembered at most; users are bounded by the terminals we have. */
    private static final int SOURCES_REMEMBERED = 4096;

    private final SipEndpoint sip;
    private final SipProviderImpl provider;
    private final Nonces nonces;
    private final String standInPassword;
    private final Strikes sources;
    private final Strikes users;

    Registrar(SipEndpoint sip, SipProviderImpl provider) {
        this.sip = sip;
        this.provider = provider;
        SecureRandom random = new SecureRandom();
        this.nonces = new Nonces(random, System::currentTimeMillis);
        byte[] standIn = new byte[16];
        random.nextBytes(standIn);
        this.standInPassword = HexFormat.of().formatHex(standIn);
        ProviderConfig config = sip.config;
        this.sources = new Strikes(config.registerGuessesPerSource(), config.registerGuessWindow(), SOURCES_REMEMBERED,
                (source, meanwhile) -> LOG.info(() -> "REGISTER from " + source + " checked again; " + meanwhile
                        + " refused unchecked meanwhile"),
                provider.timers(), System::nanoTime);
        this.users = new Strikes(config.registerGuessesPerUser(), config.registerGuessWindow(),
                Math.max(1, config.passwords().size()),
                (user, meanwhile) -> LOG.info(() -> "REGISTER for " + user + " checked again; " + meanwhile
                        + " refused unchecked meanwhile"),
                provider.timers(), System::nanoTime);
    }

    void register(Request request, ServerTransaction transaction) {
        try {
            InetAddress source = TrustedPeers.sourceOf(request);
            AuthorizationHeader authorization = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
            Nonces.Verdict nonce = authorization == null ? null : nonces.check(authorization.getNonce(), source);
            if (nonce != Nonces.Verdict.FRESH) {
                challenge(request, transaction, source, nonce == Nonces.Verdict.STALE);
                return;
            }
            String user = ((SipURI) ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI()).getUser();
            TerminalImpl terminal = user == null ? null : provider.terminalFor(user);
            String password = terminal == null ? null : sip.config.passwords().get(user);
            String from = source == null ? "an unknown source" : source.getHostAddress();
            if (sources.isOut(from) || (password != null && !terminal.lastRegisteredFrom(source)
                    && users.isOut(user))) {
                refuse(request, transaction);
            } else if (password != null && rightAnswer(authorization, user, password, request.getMethod())) {
                accept(request, transaction, terminal, source);
            } else {
                rightAnswer(authorization, user, standInPassword, request.getMethod()); // the same work either way
                refuse(request, transaction);
                wrongAnswer(from, password == null ? null : user);
            }
        } catch (ParseException | SipException | InvalidArgumentException | ClassCastException e) {
            LOG.log(Level.WARNING, "Cannot answer REGISTER", e);
        }
    }

    private void wrongAnswer(String from, String knownUser) {
        LOG.fine(() -> "REGISTER from " + from + " refused: wrong credentials");
        long window = sip.config.registerGuessWindow().toSeconds();
        if (sources.strike(from)) {
            LOG.warning(() -> "REGISTER from " + from + ": " + sip.config.registerGuessesPerSource()
                    + " wrong passwords within " + window + " s; its REGISTERs are refused unchecked for " + window
                    + " s");
        }
        if (knownUser != null && users.strike(knownUser)) {
            LOG.warning(() -> "REGISTER for " + knownUser + ": " + sip.config.registerGuessesPerUser()
                    + " wrong passwords within " + window + " s from any sources; refused unchecked for " + window
                    + " s, except from where its phone last registered");
        }
    }

    private void challenge(Request request, ServerTransaction transaction, InetAddress source, boolean stale)
            throws ParseException, SipException, InvalidArgumentException {
        Response response = sip.messages.createResponse(Response.UNAUTHORIZED, request);
        WWWAuthenticateHeader header = sip.headers.createWWWAuthenticateHeader("Digest");
        header.setRealm(sip.config.realm());
        header.setNonce(nonces.issue(source));
        header.setAlgorithm("MD5");
        header.setQop("auth");
        if (stale) {
            header.setParameter("stale", "true");
        }
        response.addHeader(header);
        transaction.sendResponse(response);
    }

    private void refuse(Request request, ServerTransaction transaction)
            throws ParseException, SipException, InvalidArgumentException {
        transaction.sendResponse(sip.messages.createResponse(Response.FORBIDDEN, request));
    }

    private void accept(Request request, ServerTransaction transaction, TerminalImpl terminal, InetAddress source)
            throws ParseException, SipException, InvalidArgumentException {
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        ExpiresHeader expires = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        int seconds = contact != null && contact.getExpires() >= 0 ? contact.getExpires()
                : expires != null ? expires.getExpires() : 3600;
        terminal.bind(contact == null || seconds == 0 ? null : contact.getAddress().getURI().toString(), source);
        Response ok = sip.messages.createResponse(Response.OK, request);
        if (contact != null && seconds > 0) {
            ok.addHeader(contact);
            ok.addHeader(sip.headers.createExpiresHeader(seconds));
        }
        transaction.sendResponse(ok);
        LOG.info(() -> "Terminal " + terminal.getName() + " registered at " + terminal.uri());
    }

    /** Whether the digest answers our challenge for {@code user} with {@code password}, compared in constant time. */
    private boolean rightAnswer(AuthorizationHeader authorization, String user, String password, String method) {
        String expected = expected(authorization, password, method);
        String given = String.valueOf(authorization.getResponse()).toLowerCase(Locale.ROOT);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
        return same && user != null && user.equals(authorization.getUsername())
                && sip.config.realm().equals(authorization.getRealm());
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
