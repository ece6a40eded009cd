package org.helpdesk.request;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The rules every channel's submission must pass before it becomes a help request. All fields are checked, so a
 * customer sees every mistake at once; nothing is stored unless all pass. Free text is kept as given (it is escaped
 * where it is shown, never interpreted) but its length is bounded.
 */
public final class IntakeRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_TITLE = 300;
    public static final int MAX_NOTE = 1000;
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final PhoneNumberPolicy phones;
    private final PageUrlPolicy pages;
    private final CallbackTimePolicy callbackTimes;

    public IntakeRules(PhoneNumberPolicy phones, PageUrlPolicy pages, CallbackTimePolicy callbackTimes) {
        this.phones = phones;
        this.pages = pages;
        this.callbackTimes = callbackTimes;
    }

    public RequestDetails accept(Submission submission, Clock clock) {
        List<Violation> violations = new ArrayList<>();
        var phone = check(violations, () -> phones.accept("phone", submission.phone()));
        var name = check(violations, () -> bounded("name", submission.name(), MAX_NAME));
        var pageUrl = check(violations, () -> blank(submission.pageUrl()) ? null
                : pages.accept("pageUrl", submission.pageUrl()));
        var title = check(violations, () -> bounded("pageTitle", submission.pageTitle(), MAX_TITLE));
        var preferred = check(violations, () -> submission.preferredTime() == null ? null
                : callbackTimes.accept("preferredTime", submission.preferredTime(), clock));
        var queue = check(violations, () -> queueName(submission.queueOrDefault()));
        var note = check(violations, () -> bounded("note", submission.note(), MAX_NOTE));
        if (!violations.isEmpty()) {
            throw new InvalidHelpRequestException(violations);
        }
        return new RequestDetails(phone, name, pageUrl, title, preferred, queue, note);
    }

    private static <T> T check(List<Violation> violations, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidHelpRequestException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    private static String bounded(String field, String text, int max) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new InvalidHelpRequestException(field, "is longer than " + max + " characters");
        }
        return value;
    }

    /** 1 to 64 letters, digits, {@code _ . -}, starting with a letter or digit: safe in URLs, logs and keys. */
    public static boolean isQueueName(String name) {
        return name != null && QUEUE_NAME.matcher(name).matches();
    }

    private static String queueName(String queue) {
        if (!isQueueName(queue)) {
            throw new InvalidHelpRequestException("queue", "is not a queue name");
        }
        return queue;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public PhoneNumberPolicy phones() {
        return phones;
    }

    public CallbackTimePolicy callbackTimes() {
        return callbackTimes;
    }
}
