package org.helpdesk.dialer;

/**
 * Someone called a queue's help number. Fired by the CTI adapter outside any transaction; answer it with
 * {@link Telephony#route} or {@link Telephony#queue} within a few seconds (the telephony's route timeout).
 *
 * @param key the adapter's handle on the call, opaque to everyone else
 * @param helpNumber the number that was called (a JTAPI route address)
 * @param callerId what the network says the caller's number is; "anonymous" or empty when withheld
 * @param callerVerified whether a trusted network vouched for {@code callerId}; when not, anyone may have written
 *     it, so it must not change anything of that number's nor show its owner's records
 */
public record IncomingCall(String key, String helpNumber, String callerId, boolean callerVerified) {
}
