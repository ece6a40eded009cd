package org.helpdesk.dialer;

/** Whether calls can be placed now; reported by the health endpoint. */
public enum TelephonyStatus {
    /** No JTAPI provider is configured: the dialer stays idle (requests can still be assigned by hand). */
    NOT_CONFIGURED,
    /** The provider is being opened (at start-up, or again after it went out of service). */
    CONNECTING,
    IN_SERVICE,
    /** The provider went out of service or could not be opened; the adapter keeps trying. */
    OUT_OF_SERVICE;

    public boolean canDial() {
        return this == IN_SERVICE;
    }
}
