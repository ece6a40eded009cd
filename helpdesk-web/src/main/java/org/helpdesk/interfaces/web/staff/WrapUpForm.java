package org.helpdesk.interfaces.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.helpdesk.agent.AssignmentRefusedException;
import org.helpdesk.agent.WrapUps;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.InvalidFieldsException;

/**
 * The desktop's wrap-up form: how the call ended, notes, and a call-back time the customer agreed to, entered on the
 * agent's own clock (the browser says which time zone that is). It records the outcome; it does not end a phone
 * call (the "Hang up" button does, or the phone).
 */
@Named
@RequestScoped
public class WrapUpForm {

    @EJB
    private WrapUps wrapUps;

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @Inject
    private ScreenPopPanel panel;

    private CallOutcome outcome = CallOutcome.RESOLVED;
    private String notes;
    /** From an {@code <input type="datetime-local">}: "2026-11-27T10:00", or empty. */
    private String callBackAt;
    /** The browser's IANA time zone, filled in by the page's script. */
    private String zone;

    public void submit() {
        try {
            WrapUps.WrapUp done = wrapUps.wrapUp(security.getCallerPrincipal().getName(), outcome, notes,
                    callBack());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done.callBack() == null
                    ? "Outcome recorded: " + done.outcome()
                    : "Outcome recorded: " + done.outcome() + "; call-back scheduled for " + callBackAt, null));
            panel.refresh();
        } catch (AssignmentRefusedException | InvalidFieldsException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    private OffsetDateTime callBack() {
        if (callBackAt == null || callBackAt.isBlank()) {
            return null;
        }
        try {
            ZoneId where = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
            return LocalDateTime.parse(callBackAt).atZone(where).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw new AssignmentRefusedException("callBackAt", AssignmentRefusedException.Kind.INVALID,
                    "is not a date and time");
        }
    }

    /** What an agent may choose (not {@code NOT_RECORDED}, which says that they chose nothing). */
    public List<CallOutcome> getOutcomes() {
        return Arrays.stream(CallOutcome.values()).filter(CallOutcome::chosenByAgent).toList();
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getCallBackAt() {
        return callBackAt;
    }

    public void setCallBackAt(String callBackAt) {
        this.callBackAt = callBackAt;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
