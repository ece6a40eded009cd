package org.helpdesk.jtapi.sip;

/**
 * The few SDP edits third-party call control needs: the controller never terminates media, it only re-stamps
 * the origin line of SDP it forwards and builds a "black hole" answer (RFC 3725 flow III) while the second phone
 * is still ringing.
 */
final class Sdp {
    private Sdp() {
    }

    /** An answer to {@code offer} that accepts every stream but sends nowhere (c=0.0.0.0, inactive). */
    static String blackHole(String offer) {
        StringBuilder out = new StringBuilder();
        for (String line : offer.split("\r?\n")) {
            if (line.startsWith("c=")) {
                out.append("c=IN IP4 0.0.0.0");
            } else if (line.equals("a=sendrecv") || line.equals("a=sendonly") || line.equals("a=recvonly")) {
                continue;
            } else {
                out.append(line);
            }
            out.append("\r\n");
            if (line.startsWith("m=")) {
                out.append("a=inactive\r\n");
            }
        }
        return out.toString();
    }

    /** {@code sdp} with its o= line replaced by the controller's origin for one leg (RFC 3264 section 8). */
    static String stamp(String sdp, long sessionId, long version, String host) {
        StringBuilder out = new StringBuilder();
        for (String line : sdp.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("o=")) {
                out.append("o=helpdesk ").append(sessionId).append(' ').append(version).append(" IN IP4 ").append(host);
            } else {
                out.append(line);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
