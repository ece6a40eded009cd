package org.helpdesk.dialer;

/**
 * Someone called a queue's help number. Fired by the CTI adapter outside any transaction; answer it with
 * {@link Telephony#route} or {@link Telephony#queue} within a few seconds (the telephony's route timeout).
 *
 * @param key the adapter's handle on the call, opaque to everyone else
 * @param helpNumber the number that was called (a JTAPI route address)
 * @param callerId what the network says the caller's number is; "anonymous" or empty when withheld
 */
public record IncomingCall(String key, String helpNumber, String callerId) {
}
