package org.helpdesk.interfaces.web.help;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.request.RequestNotCancellableException;
import org.helpdesk.request.RequestStatus;

/**
 * Backing bean of {@code /help/confirmation?id=...&zone=...}: where the customer's request stands, in plain words,
 * with a button to cancel it while it still waits. {@code zone} is the customer's time zone (from the form), for a
 * promised call-back time; without it the time is shown in UTC, saying so.
 *
 * <p>View scoped because the cancel button is rendered only for a cancellable request: the postback must still know
 * what the page showed, or Faces would not process the click.
 */
@Named
@ViewScoped
public class HelpConfirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HelpRequestIntake intake;

    private String id;
    private String zone;

    private RequestStatus status;
    private String queue;
    private String phone;
    private Integer position;
    private WaitInWords waitInWords;
    private String scheduledTime;
    private boolean closed;

    /** View action (GET only): looks the request up once, so that the getters below only answer. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HelpRequestView request = intake.find(id).orElse(null);
        if (request == null) {
            faces.addMessage(null, HelpTexts.message(faces, FacesMessage.SEVERITY_WARN,
                    "help.confirmation.notFound"));
            return;
        }
        status = request.status();
        queue = request.queue();
        phone = request.phone();
        position = request.position();
        waitInWords = WaitInWords.of(request);
        if (status == RequestStatus.SCHEDULED && request.scheduledFor() != null) {
            ZoneId customerZone = customerZone();
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                    .withLocale(faces.getViewRoot().getLocale());
            scheduledTime = HelpTexts.format(faces, "help.confirmation.scheduledTime",
                    format.format(request.scheduledFor().atZone(customerZone)), customerZone.getId());
            closed = request.outsideBusinessHours();
        }
    }

    /** Cancels, then shows the request again (Post-Redirect-Get) with what became of it. */
    public String cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (intake.cancel(id).isPresent()) {
                HelpTexts.flash(faces, FacesMessage.SEVERITY_INFO, "help.confirmation.cancelled");
            } else {
                HelpTexts.flash(faces, FacesMessage.SEVERITY_WARN, "help.confirmation.notFound");
            }
        } catch (RequestNotCancellableException e) {
            HelpTexts.flash(faces, FacesMessage.SEVERITY_WARN, "help.confirmation.notCancellable");
        }
        return "/help/confirmation?faces-redirect=true&includeViewParams=true";
    }

    private ZoneId customerZone() {
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Whether there is a request to show: false for an unknown id. */
    public boolean isFound() {
        return status != null;
    }

    /** The request's queue, whose help number the page shows; null for an unknown request. */
    public String getQueue() {
        return queue;
    }

    public RequestStatus getStatus() {
        return status;
    }

    /** The E.164 number we will call. */
    public String getPhone() {
        return phone;
    }

    /** 1 for the next to be called; null unless queued. */
    public Integer getPosition() {
        return position;
    }

    /** A {@code help.wait.*} key, null when there is no wait to tell (not queued). */
    public String getWaitKey() {
        return waitInWords == null ? null : waitInWords.key();
    }

    public long getWaitAmount() {
        return waitInWords == null ? 0 : waitInWords.amount();
    }

    /** The promised call-back time in the customer's zone, null unless scheduled. */
    public String getScheduledTime() {
        return scheduledTime;
    }

    /**
     * Whether we wait for the queue to open: the customer asked while it was closed, and {@link #getScheduledTime()}
     * is its opening, not a time they chose.
     */
    public boolean isClosed() {
        return closed;
    }

    /** Only a request that nobody has started to call can be cancelled. */
    public boolean isCancellable() {
        return status == RequestStatus.QUEUED || status == RequestStatus.SCHEDULED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
