package org.helpdesk.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers of every API answer, errors included and whichever layer writes it: a browser must take the
 * content type as sent ({@code nosniff}), so that no answer of ours (which may echo what a client sent) is ever run
 * as a script or rendered as a page. Asynchronous, as every filter before the event streams must be: one that is not
 * makes their {@code startAsync} fail.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }
}
