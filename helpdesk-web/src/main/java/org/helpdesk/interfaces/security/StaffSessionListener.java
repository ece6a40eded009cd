package org.helpdesk.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Gives every new session its configured timeout, and keeps {@link StaffSessions} up to date as people log in and
 * sessions end.
 */
@WebListener
public class StaffSessionListener implements HttpSessionListener, HttpSessionAttributeListener {

    @Inject
    private StaffSessions sessions;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.created(event.getSession());
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (event.getValue() instanceof SignedIn signedIn) {
            sessions.signedIn(signedIn.login(), event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
