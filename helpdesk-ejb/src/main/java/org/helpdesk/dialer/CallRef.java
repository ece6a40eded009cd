package org.helpdesk.dialer;

import java.util.Objects;

/**
 * Which call this is: a help request and its attempt number. Travels as the call's JTAPI application data
 * ({@code "REQUEST-ID/ATTEMPT"}), so every telephony event names the request and attempt it belongs to.
 */
public record CallRef(String requestId, long attemptId) {

    public CallRef {
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The reference as application data, or null when the text is none of ours (another application's call). */
    public static CallRef parse(Object applicationData) {
        if (!(applicationData instanceof String text)) {
            return null;
        }
        int slash = text.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        try {
            return new CallRef(text.substring(0, slash), Long.parseLong(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return requestId + "/" + attemptId;
    }
}
