package org.helpdesk.launcher;

/** A port Helpdesk listens on is already bound by another program (or another Helpdesk). */
final class PortTaken extends Exception {

    private static final long serialVersionUID = 1L;

    PortTaken(String what, int port, String setting) {
        super("the " + what + " port " + port + " is taken by another program (set " + setting
                + " to use another one)");
    }
}
