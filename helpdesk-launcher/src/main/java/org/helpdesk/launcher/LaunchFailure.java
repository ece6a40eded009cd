package org.helpdesk.launcher;

/**
 * Helpdesk cannot run: a port it needs is taken, Payara Micro did not boot, or an application did not deploy. The
 * message is the one line the operator reads, so it names the port or what failed and where to look.
 */
final class LaunchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    LaunchFailure(String oneLine) {
        super(oneLine);
    }

    LaunchFailure(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
