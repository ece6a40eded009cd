package org.helpdesk.interfaces.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/** Logging out: the session and everything in it is gone, and the person is back at the login page. */
@Named
@RequestScoped
public class StaffSession {

    private static final Logger LOG = Logger.getLogger(StaffSession.class.getName());

    @Inject
    private FacesContext faces;

    public String logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        request.logout();
        external.invalidateSession();
        LOG.info(() -> "Logged out: " + who);
        external.redirect(external.getRequestContextPath() + "/login");
        faces.responseComplete();
        return null;
    }
}
