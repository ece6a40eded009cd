package org.helpdesk.request;

/** The intake channel a help request arrived through, and the abuse limits it is held to. */
public enum RequestSource {
    WEB_FORM(true, true),
    REST(true, true),
    /**
     * Systems that log in to the broker: no client address to limit, but the per-number limit applies, since a
     * logged-in system must not have one number called 60 times either.
     */
    JMS(false, true),
    /** An agent scheduled it at wrap-up (a call-back the customer agreed to): not rate-limited. */
    AGENT(false, false),
    /** The customer called the queue's help number; the call itself is the request. */
    PHONE(false, false);

    private final boolean anonymous;
    private final boolean limitedPerNumber;

    RequestSource(boolean anonymous, boolean limitedPerNumber) {
        this.anonymous = anonymous;
        this.limitedPerNumber = limitedPerNumber;
    }

    /** Whether anyone on the internet can submit through this channel, so that the per-client limit applies. */
    public boolean isAnonymous() {
        return anonymous;
    }

    /** Whether the requests of this channel count towards, and are held to, the per-number limit. */
    public boolean isLimitedPerNumber() {
        return limitedPerNumber;
    }
}
