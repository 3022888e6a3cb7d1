package org.termite.runtime.serial;

/**
 * Bytes that are not a well-formed stream, found while decoding. It carries no stack trace (a peer sending
 * garbage must not cost a stack walk per message); {@link ObjectCodec} turns it into the Scheme error.
 */
final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Malformed(String message) {
        super(message, null, false, false);
    }

    static Malformed because(String why) {
        return new Malformed(why);
    }
}
