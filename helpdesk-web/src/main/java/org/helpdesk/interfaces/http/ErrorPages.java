package org.helpdesk.interfaces.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.helpdesk.interfaces.json.ProblemJson;

/**
 * The error page of the whole application ({@code web.xml}), for every error that no layer of ours answered itself:
 * a path nobody serves, a method a page does not take, an exception that escaped a page. Under {@code /api} the
 * answer is problem details, elsewhere a plain page; neither names the server or quotes an exception, which is what
 * the server's own error page does. Reached directly, it is a page that does not exist.
 */
@WebServlet("/error")
public class ErrorPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String failed ? failed : request.getRequestURI();
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api")) {
            response.setContentType("application/problem+json");
            response.getWriter().write(ProblemJson.of(status, "http-" + status, title(status), null).build()
                    .toString());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + title(status) + "</title></head><body><h1>" + title(status) + "</h1><p>" + explanation(status)
                    + "</p></body></html>");
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Forbidden";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            default -> status >= 500 ? "Something went wrong" : "Request refused";
        };
    }

    private static String explanation(int status) {
        if (status == 404) {
            return "There is no page at this address.";
        }
        return status >= 500 ? "Something went wrong on our side. Please try again in a moment."
                : "This request cannot be answered.";
    }
}
