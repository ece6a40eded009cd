package org.helpdesk.interfaces.web.help;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.helpdesk.interfaces.http.ClientAddress;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.ratelimit.RateLimitExceededException;
import org.helpdesk.intake.SubmissionOutcome;
import org.helpdesk.request.InvalidHelpRequestException;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.Submission;
import org.helpdesk.request.Violation;

/**
 * Backing bean of {@code /help}: the customer's request for a call back, pre-filled from the query parameters of the
 * linking page ({@code phone}, {@code name}; its {@code url}, {@code title} and {@code queue} are kept for the whole
 * view by {@link LinkingPage}). The intake decides what is valid; this bean only points each refusal at its field.
 *
 * <p>Time zone: the date-time picker yields a local date and time; {@code timeZone} is the browser's IANA zone
 * ({@code Intl.DateTimeFormat().resolvedOptions().timeZone}, filled into a hidden field by {@code help/help.js}).
 * A zone rather than the browser's current offset, so that a time on the other side of a daylight-saving change
 * still means what the customer chose.
 */
@Named
@RequestScoped
public class HelpForm {

    /** Which input shows the refusal of each field the intake names; the rest are global messages. */
    private static final Map<String, String> FIELD_INPUTS = Map.of(
            "phone", "phone",
            "name", "name",
            "pageUrl", "origin",
            "pageTitle", "origin",
            "preferredTime", "preferredTime",
            "note", "note");
    private static final String FORM = "help";

    @EJB
    private HelpRequestIntake intake;

    @Inject
    private FacesContext faces;

    @Inject
    private HttpServletRequest http;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private LinkingPage linkingPage;

    private String phone;
    private String name;
    private LocalDateTime preferredTime;
    private String timeZone;
    private String note;
    private String visitorId;

    public String submit() {
        ZoneId zone = customerZone();
        if (preferredTime != null && zone == null) {
            faces.addMessage(clientId("preferredTime"),
                    HelpTexts.message(faces, FacesMessage.SEVERITY_ERROR, "help.preferredTime.noZone"));
            return null;
        }
        OffsetDateTime preferred = preferredTime == null ? null : preferredTime.atZone(zone).toOffsetDateTime();
        try {
            SubmissionOutcome outcome = intake.submit(new Submission(phone, name, linkingPage.getUrl(),
                    linkingPage.getTitle(), preferred, linkingPage.getQueue(), note, RequestSource.WEB_FORM, null,
                    clientAddress.of(http), visitorId));
            if (outcome.duplicate()) {
                HelpTexts.flash(faces, FacesMessage.SEVERITY_INFO, "help.confirmation.duplicate");
            }
            return confirmation(outcome.request().id(), zone);
        } catch (InvalidHelpRequestException e) {
            e.violations().forEach(this::show);
            return null;
        } catch (RateLimitExceededException e) {
            long minutes = (e.retryAfterSeconds() + 59) / 60;
            faces.addMessage(null, HelpTexts.message(faces, FacesMessage.SEVERITY_ERROR, "help.rateLimited", minutes));
            return null;
        }
    }

    /**
     * Points a refusal at its input, worded with the input's label ({@code help.violation.<field>}: "This number" and
     * the intake's reason, a predicate such as "is in the past"). A field the customer cannot correct in the form (the
     * queue named by the linking page) gets a global message.
     */
    private void show(Violation violation) {
        String input = FIELD_INPUTS.get(violation.field());
        FacesMessage message = HelpTexts.message(faces, FacesMessage.SEVERITY_ERROR, messageKey(violation),
                violation.reason(), violation.field());
        faces.addMessage(input == null ? null : clientId(input), message);
    }

    /** The text of a refusal: chosen by the field alone, so no rewording of a reason changes which one is shown. */
    static String messageKey(Violation violation) {
        return FIELD_INPUTS.containsKey(violation.field()) ? "help.violation." + violation.field()
                : "help.violation.other";
    }

    /**
     * The client id of one of the form's components. An input is also marked invalid (styled, aria-invalid) and shows
     * what was typed, as after Faces' own validation; PrimeFaces posts some inputs as {@code <clientId>_input}.
     */
    private String clientId(String input) {
        UIComponent component = faces.getViewRoot().findComponent(FORM + ":" + input);
        if (component == null) {
            return null;
        }
        String clientId = component.getClientId(faces);
        if (component instanceof EditableValueHolder field) {
            Map<String, String> posted = faces.getExternalContext().getRequestParameterMap();
            String typed = posted.containsKey(clientId) ? posted.get(clientId) : posted.get(clientId + "_input");
            field.setSubmittedValue(typed);
            field.setValid(false);
        }
        return clientId;
    }

    private ZoneId customerZone() {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Post-Redirect-Get: a reload of the confirmation never submits twice. Faces encodes the parameters; the zone goes
     * along so that a promised time is shown in the customer's own time.
     */
    private static String confirmation(String id, ZoneId zone) {
        String outcome = "/help/confirmation?faces-redirect=true&id=" + id;
        return zone == null ? outcome : outcome + "&zone=" + zone.getId();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDateTime getPreferredTime() {
        return preferredTime;
    }

    public void setPreferredTime(LocalDateTime preferredTime) {
        this.preferredTime = preferredTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The browser's visitor id (hidden field, filled by {@code visits/visits.js}), or null. */
    public String getVisitorId() {
        return visitorId;
    }

    public void setVisitorId(String visitorId) {
        this.visitorId = visitorId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
