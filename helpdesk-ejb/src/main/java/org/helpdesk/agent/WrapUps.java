package org.helpdesk.agent;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.helpdesk.intake.HelpRequestIntake;
import org.helpdesk.queue.HelpRequestView;
import org.helpdesk.request.CallOutcome;
import org.helpdesk.request.HelpRequest;
import org.helpdesk.request.IntakeRules;
import org.helpdesk.request.RequestSource;
import org.helpdesk.request.Submission;

/**
 * Wrap-up: the agent records how their call ended, with notes, and may schedule a call-back the customer agreed to.
 * The call-back time is checked before anything changes; the call is completed (its own transaction), and then the
 * call-back is accepted through the intake like any request, so it is queued by the same rules.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WrapUps {

    @EJB
    private CallCompletions completions;

    @EJB
    private HelpRequestIntake intake;

    @Inject
    private IntakeRules rules;

    @Inject
    private Clock clock;

    /** @param callBackAt when to call the customer again, or null */
    public WrapUp wrapUp(String login, CallOutcome outcome, String notes, OffsetDateTime callBackAt) {
        if (callBackAt != null) {
            rules.callbackTimes().accept("callBackAt", callBackAt, clock);
        }
        HelpRequest completed = completions.complete(login, outcome, notes);
        HelpRequestView callBack = callBackAt == null ? null : intake.submit(new Submission(
                completed.phone().e164(), completed.customerName(),
                completed.pageUrl() == null ? null : completed.pageUrl().value(), completed.pageTitle(),
                callBackAt, completed.queue(), "Call-back agreed by " + login, RequestSource.AGENT,
                "wrap-up:" + completed.id().value(), null)).request();
        return new WrapUp(completed.id().value(), outcome, callBack);
    }

    /** What a wrap-up did: the call it completed and the call-back it scheduled, if any. */
    public record WrapUp(String requestId, CallOutcome outcome, HelpRequestView callBack) {
    }
}
