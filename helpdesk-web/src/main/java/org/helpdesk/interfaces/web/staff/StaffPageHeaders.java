package org.helpdesk.interfaces.web.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.helpdesk.interfaces.http.PageHeaders;

/**
 * Response headers of the staff screens: never framed (clickjacking), never cached (customer records), no
 * referrer outside our own site (the desktop opens customers' pages), content types taken as sent.
 */
@WebFilter(urlPatterns = {"/login", "/login.xhtml", "/desk", "/desk.xhtml", "/desk/*", "/console", "/console.xhtml",
        "/console/*"})
public class StaffPageHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageHeaders.apply(response, "same-origin");
        if (request.getUserPrincipal() != null) {
            // The screens keep their views in the session; create it before the page is written, because a large
            // page is partly sent (the response committed) before Faces saves the view, and then it is too late.
            request.getSession(true);
        }
        chain.doFilter(request, response);
    }
}
