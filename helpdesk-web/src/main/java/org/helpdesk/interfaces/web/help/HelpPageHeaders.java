package org.helpdesk.interfaces.web.help;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.helpdesk.interfaces.http.PageHeaders;

/**
 * Response headers of the customer pages: never framed by another site (clickjacking), never cached (they show a
 * phone number, and the confirmation's address is the key to cancel), no referrer sent when the customer follows
 * the link to the page they came from.
 */
@WebFilter(urlPatterns = {"/help", "/help/*", "/help.xhtml"})
public class HelpPageHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageHeaders.apply(response, "no-referrer");
        chain.doFilter(request, response);
    }
}
