package org.helpdesk.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;
import org.helpdesk.interfaces.http.ClientAddress;

/**
 * How people and programs prove who they are. Programs (the REST API) send HTTP Basic credentials with every
 * request, over TLS in production, and get no session. People log in once on the login page; their session then
 * carries who they are, on the screens only. A page that needs a login sends them to the login page; an API call
 * without credentials gets 401 with a Basic challenge. Failed logins count against the login and the client
 * address they come from ({@link LoginThrottle}), so that guessing passwords does not pay and locks nobody out.
 *
 * <p>The API never acts on the session cookie. A browser adds the cookie to any request to our origin, also to a
 * form that another site's page posts to {@code /api/...} (a {@code text/plain} form needs no CORS preflight): with
 * the cookie alone a foreign page could cancel requests or log agents out in a supervisor's name. Basic credentials
 * are sent only by whoever knows them. The screens' own scripts never call the API (they use Faces requests, whose
 * view state is their CSRF token, and Faces push).
 */
@ApplicationScoped
public class HelpdeskAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(HelpdeskAuthentication.class.getName());
    static final String CHALLENGE = "Basic realm=\"Helpdesk\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (isApi(request)) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return loginPage(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.login(), signedIn.groups());
        }
        // Programs got a challenge they understand above; people get the login page.
        return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        UsernamePasswordCredential credential =
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        CredentialValidationResult result = validate(credential, clientAddress.of(request));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus loginPage(Credential credential, HttpServletRequest request,
            HttpMessageContext context) {
        String client = clientAddress.of(request);
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(password, client);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: a session id planted before the login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups());
        request.getSession().setAttribute(SignedIn.SESSION_ATTRIBUTE, signedIn);
        LOG.info(() -> "Logged in: " + signedIn.login() + " " + signedIn.groups() + " from " + client);
        return context.notifyContainerAboutLogin(result);
    }

    /** The throttle first, for logins that exist or not alike; then the password; then the throttle learns. */
    private CredentialValidationResult validate(UsernamePasswordCredential credential, String client) {
        String login = credential.getCaller();
        if (!throttle.admits(login, client)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login, client);
        } else {
            throttle.failed(login, client);
        }
        return result;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * Sends a person to the login page, and back here after it. A Faces ajax request (a console's refresh, a button)
     * cannot follow a plain redirect: the browser would fetch the login page as the ajax answer, and Faces' script
     * would drop it without a word. It gets a Faces partial response that tells the page to go to the login page,
     * which then says that the session expired (one had to be logged in to get the page that sent it).
     */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        boolean expired = ajax || request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        String login = request.getContextPath() + "/login?" + (expired ? "expired=true&" : "") + "next="
                + URLEncoder.encode(path + query, StandardCharsets.UTF_8);
        if (!ajax) {
            return context.redirect(login);
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + login.replace("&", "&amp;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * 401 with a Basic challenge and no body of our own: if the request goes on to the REST layer anyway, its
     * problem-details mapper writes the body.
     */
    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType("application/problem+json");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
