package org.helpdesk.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: submissions that arrive while a transaction is being written wait for the next one and are written
 * together, so that under load one commit (the expensive, serial part on every database) carries many requests,
 * and when it is quiet a submission is written at once, alone.
 *
 * <p>There is no writer thread. The submitting thread that finds the writer free becomes the writer: it writes
 * batches of whatever is waiting until its own submission is among the written, then hands the writer over to the
 * next waiting submitter. Every submitter returns only once its request is committed (or refused), so "accepted"
 * still means "in the database". If a batch fails as a whole (another instance won a race for the same number, or
 * the database failed), its members are written again one by one, so that each gets its own answer.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    /** SQLSTATE of a unique-constraint violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Bounds one transaction's size (and so its lock time and the statement sizes). */
    static final int MAX_BATCH = 200;
    /** A waiting submitter looks for itself this often even if nobody woke it (it will be woken). */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ConcurrentLinkedQueue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    @EJB
    private HelpRequestService service;

    /** Writes the submission, in a batch with the others that arrive meanwhile; returns once it is committed. */
    public SubmissionOutcome accept(ValidSubmission submission) {
        Pending mine = new Pending(submission, Thread.currentThread());
        waiting.add(mine);
        boolean interrupted = false;
        while (!mine.isAnswered()) {
            if (writer.tryLock()) {
                try {
                    while (!mine.isAnswered()) {
                        writeBatch();
                    }
                } finally {
                    writer.unlock();
                }
                // Whoever queued while we wrote saw the writer taken and is parked: wake the next one to write.
                Pending next = waiting.peek();
                if (next != null) {
                    LockSupport.unpark(next.submitter);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                // The submission may be in a transaction already: wait for its answer, and pass the interrupt on.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.result.outcomeOrThrow();
    }

    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<SubmissionResult> results = service.acceptAll(batch.stream().map(Pending::submission).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer(results.get(i));
            }
        } catch (RuntimeException failure) {
            if (batch.size() > 1) {
                LOG.log(Level.INFO, "A batch of " + batch.size() + " submissions failed; writing each on its own",
                        failure);
            }
            batch.forEach(this::writeAlone);
        } finally {
            // never leave a submitter waiting, whatever went wrong
            batch.stream().filter(pending -> !pending.isAnswered())
                    .forEach(pending -> pending.fail(new EJBException("the submission could not be written")));
        }
    }

    private void writeAlone(Pending pending) {
        List<ValidSubmission> one = List.of(pending.submission);
        try {
            pending.answer(service.acceptAll(one).get(0));
        } catch (EJBException first) {
            if (!causedByUniqueViolation(first)) {
                pending.fail(first);
                return;
            }
            // Another submission for the same number (or with the same Idempotency-Key) raced with this one and won:
            // writing it again finds the winner and answers with it.
            LOG.info(() -> "Concurrent submission for the same request; answering with the one that won");
            try {
                pending.answer(service.acceptAll(one).get(0));
            } catch (RuntimeException second) {
                pending.fail(second);
            }
        } catch (RuntimeException failure) {
            pending.fail(failure);
        }
    }

    static boolean causedByUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // batched statements report the constraint in the chain of "next" exceptions
            for (SQLException sql = cause instanceof SQLException e ? e : null; sql != null;
                    sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Pending {

        private final ValidSubmission submission;
        private final Thread submitter;
        private volatile SubmissionResult result;

        Pending(ValidSubmission submission, Thread submitter) {
            this.submission = submission;
            this.submitter = submitter;
        }

        ValidSubmission submission() {
            return submission;
        }

        boolean isAnswered() {
            return result != null;
        }

        void answer(SubmissionResult answer) {
            result = answer;
            LockSupport.unpark(submitter);
        }

        void fail(RuntimeException failure) {
            answer(SubmissionResult.refused(failure));
        }
    }
}
