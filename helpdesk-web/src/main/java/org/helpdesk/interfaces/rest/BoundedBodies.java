package org.helpdesk.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request bodies as the JSON and CSV readers take them: never more than a limit read into memory, and text only if
 * it is valid UTF-8 (a replacement character silently put in a customer's name helps nobody).
 */
final class BoundedBodies {

    private BoundedBodies() {
    }

    /** @return the body, or empty if it is longer than {@code max} bytes (then no more than that was read) */
    static Optional<byte[]> read(InputStream body, int max) throws IOException {
        byte[] bytes = body.readNBytes(max + 1);
        return bytes.length > max ? Optional.empty() : Optional.of(bytes);
    }

    /** @return the text, or empty if the bytes are not UTF-8 */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
