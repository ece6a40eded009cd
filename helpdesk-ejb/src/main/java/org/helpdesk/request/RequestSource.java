package org.helpdesk.request;

/** The intake channel a help request arrived through. */
public enum RequestSource {
    WEB_FORM(true),
    REST(true),
    /** A trusted system-to-system channel: not rate-limited. */
    JMS(false),
    /** An agent scheduled it at wrap-up (a call-back the customer agreed to): not rate-limited. */
    AGENT(false),
    /** The customer called the queue's help number; the call itself is the request. */
    PHONE(false);

    private final boolean anonymous;

    RequestSource(boolean anonymous) {
        this.anonymous = anonymous;
    }

    /** Whether anyone on the internet can submit through this channel, so that rate limits apply. */
    public boolean isAnonymous() {
        return anonymous;
    }
}
