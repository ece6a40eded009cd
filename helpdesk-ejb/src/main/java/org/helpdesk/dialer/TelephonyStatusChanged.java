package org.helpdesk.dialer;

/**
 * The telephony's {@link Telephony#status()} changed (connected, lost, back in service). Fired by the telephony
 * adapter on its own threads, outside any transaction: observers must return quickly.
 */
public record TelephonyStatusChanged(TelephonyStatus status) {
}
