package org.helpdesk.interfaces.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** The login page: checks the credentials through Jakarta Security, then sends the person where they were going. */
@Named
@RequestScoped
public class LoginForm {

    /** Only a path of this site: never "//host" or "https://..." (an open redirect would help phishing). */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.?=&%-]*");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    private String next;
    /** The login page was reached because a session ran out (HelpdeskAuthentication). */
    private boolean expired;

    public String login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong login or password, or too many failed logins: try again later", null));
            return null;
        }
        external.redirect(external.getRequestContextPath() + destination(request));
        faces.responseComplete();
        return null;
    }

    private String destination(HttpServletRequest request) {
        if (next != null && LOCAL_PATH.matcher(next).matches() && !next.startsWith("/login")) {
            return next;
        }
        return request.isUserInRole("SUPERVISOR") ? "/console" : "/desk";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
