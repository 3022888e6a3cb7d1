package org.termite.runtime.dist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;

/**
 * The receiving side of {@link Outbox}'s chunks, one per connection: the pieces of each large frame put back
 * together, and the frame handed on once its last piece is in. Frames come out in the order their last pieces
 * came in, which keeps the order of each stream, since the sender finishes a large frame before starting the next
 * frame of its stream. Chunks that do not fit together (an offset out of order, a length that changes, a frame
 * past the limit, too many frames in pieces at once) are a malformed frame: the connection ends, naming the peer.
 */
final class Reassembly {
    /** Large frames in pieces at once: the sender's few destinations of large messages, far below this. */
    private static final int MAX_OPEN = 1024;

    private static final class Partial {
        final int type;
        final byte[] payload;
        int filled;

        Partial(int type, int length) {
            this.type = type;
            this.payload = new byte[length];
        }
    }

    private final HashMap<Integer, Partial> open = new HashMap<>();

    /** Takes a CHUNK frame; returns the frame it completes, or null while pieces are missing. */
    Wire.Frame add(Wire.Frame chunk) throws IOException {
        return add(ByteBuffer.wrap(chunk.payload()), chunk.payload().length);
    }

    /**
     * Takes the payload of a CHUNK frame, the next {@code length} bytes of {@code in}, copying its piece straight
     * into the frame being put back together; returns the frame it completes, or null while pieces are missing.
     */
    Wire.Frame add(ByteBuffer in, int length) throws IOException {
        if (length < Outbox.CHUNK_HEADER - 5) {
            throw new IOException("malformed frame: a chunk of " + length + " bytes");
        }
        int number = in.getInt();
        int total = in.getInt();
        int type = in.get() & 0xff;
        int offset = in.getInt();
        int n = length - (Outbox.CHUNK_HEADER - 5);
        Partial p = open.get(number);
        if (p == null) {
            if (offset != 0 || total <= 0 || total > Wire.MAX_FRAME || open.size() >= MAX_OPEN) {
                throw new IOException("malformed frame: a first chunk of " + total + " bytes at offset " + offset
                        + " with " + open.size() + " frames in pieces");
            }
            p = new Partial(type, total);
            open.put(number, p);
        }
        if (p.type != type || p.payload.length != total || p.filled != offset || total - offset < n) {
            throw new IOException("malformed frame: chunk " + number + " does not fit (" + offset + "+" + n + " of "
                    + total + ", " + p.filled + " received)");
        }
        in.get(p.payload, offset, n);
        p.filled += n;
        if (p.filled < total) {
            return null;
        }
        open.remove(number);
        return new Wire.Frame(p.type, p.payload);
    }
}
