package org.termite.runtime.serial;

import com.esotericsoftware.kryo.io.Output;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The output of a {@link TermiteKryo}: grows like Kryo's, or, while a stream is written in pieces, hands each full
 * buffer over as a piece and goes on in a fresh one. A large message then costs one copy of its data into arrays
 * small enough for the young generation, instead of a buffer grown to its size and copied again into a frame.
 */
final class PieceOutput extends Output {
    /** The size of each piece while cutting; 0 when not writing in pieces. */
    private int pieceSize;
    /** The buffer kept from stream to stream, set aside once the first piece is cut; null until then. */
    private byte[] kept;
    private final ArrayList<ByteBuffer> pieces = new ArrayList<>();

    PieceOutput() {
        super(256, -1);
    }

    boolean inPieces() {
        return pieceSize > 0;
    }

    /** What is written from now on is cut into pieces of {@code size} bytes, or one piece if it fits in one. */
    void startPieces(int size) {
        pieceSize = size;
    }

    @Override
    protected boolean require(int required) {
        if (pieceSize == 0 || capacity - position >= required) {
            return super.require(required);
        }
        if (kept == null && position + required <= pieceSize) {
            // the first piece grows as Kryo's buffer does, but no larger than a piece
            int size = Math.min(pieceSize, Math.max(capacity * 2, position + required));
            buffer = Arrays.copyOf(buffer, size);
            capacity = size;
            return true;
        }
        cut(Math.max(pieceSize, required));
        return true;
    }

    /** Hands over what the buffer holds as a piece and goes on in a fresh buffer of {@code size} bytes. */
    private void cut(int size) {
        if (kept == null) {
            // the kept buffer stays with this output: its bytes go as a copy
            kept = buffer;
            pieces.add(ByteBuffer.wrap(Arrays.copyOf(buffer, position)));
        } else {
            pieces.add(ByteBuffer.wrap(buffer, 0, position));
        }
        buffer = new byte[size];
        capacity = size;
        position = 0;
    }

    /**
     * Writes {@code bytes}; while cutting, bytes that do not fit in the piece being written go as pieces of their
     * own, each a copy of a range, which the JVM fills without clearing it first: one pass over the data, where
     * writing it into fresh buffers would take two.
     */
    void writeLarge(byte[] bytes) {
        if (pieceSize == 0 || bytes.length <= capacity - position
                || (kept == null && position + bytes.length <= pieceSize)) {
            writeBytes(bytes);
            return;
        }
        cut(pieceSize);
        for (int at = 0; at < bytes.length; at += pieceSize) {
            pieces.add(ByteBuffer.wrap(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + pieceSize))));
        }
    }

    /**
     * The pieces written since {@link #startPieces}, each from its array's start to its limit; a stream that fit in
     * one piece is one array of exactly its size. The output is ready for the next stream.
     */
    ByteBuffer[] endPieces() {
        ByteBuffer[] result;
        if (kept == null) {
            result = new ByteBuffer[] {ByteBuffer.wrap(Arrays.copyOf(buffer, position))};
        } else {
            pieces.add(ByteBuffer.wrap(buffer, 0, position));
            result = pieces.toArray(new ByteBuffer[0]);
        }
        abandonPieces();
        return result;
    }

    /** Stops cutting and takes the kept buffer back; what was written is dropped. */
    void abandonPieces() {
        if (kept != null) {
            buffer = kept;
            capacity = kept.length;
            kept = null;
        }
        pieces.clear();
        pieceSize = 0;
        position = 0;
    }
}
