package org.helpdesk.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * When a person last used a staff screen. The container renews a session with every request, and the console's
 * pushed refreshes are requests: on a busy centre an unattended console would stay logged in for ever. So every
 * request but such a refresh records its time in the session, and {@link StaffSessions} ends the sessions whose person
 * has been away longer than the timeout, whatever the pushes did meanwhile.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/desk", "/console", "/login"})
public class StaffActivity extends HttpFilter {

    /** The session attribute: epoch milliseconds of the person's last request. */
    static final String LAST_ACTIVITY = "helpdesk.lastActivity";
    /** The form of the console's refresh script (console.xhtml, h:commandScript refreshConsole). */
    static final String PUSHED_REFRESH_FORM = "console-refresh";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && !isPushedRefresh(request)) {
            try {
                session.setAttribute(LAST_ACTIVITY, System.currentTimeMillis());
            } catch (IllegalStateException ended) {
                // the session ended meanwhile: the request finds that out itself
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPushedRefresh(HttpServletRequest request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        // Faces reads its forms as UTF-8; reading a parameter here first must not fix another encoding for them.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        return request.getParameter(PUSHED_REFRESH_FORM) != null;
    }

    /** When the person last used the session's screens (the session's own last access where nothing was recorded). */
    static long lastActivity(HttpSession session) {
        return session.getAttribute(LAST_ACTIVITY) instanceof Long at ? at : session.getLastAccessedTime();
    }
}
