package org.helpdesk.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /api}. The README's "REST API" section documents every resource. */
@ApplicationPath("api")
public class HelpdeskApi extends Application {
}
