package org.termite.runtime.dist;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * What may pass what among the frames between two nodes, on the way out ({@link Outbox}) and on the way in
 * ({@link Inbound}): a message ({@code SEND}, {@code SEND_TO}) belongs to the stream of the process it is for, and
 * the frames of one stream keep their order; every other frame is a barrier that keeps its place among all the
 * others; heartbeats and flow-control reports have no order at all.
 */
final class Streams {
    static final Object BARRIER = new Object();
    static final Object UNORDERED = new Object();

    private Streams() {}

    /** The process a message is for, a destination's key; {@code peerId}: the node a SEND's process was born on. */
    private record Dest(String node, long id) {}

    /** The stream of {@code f}: its destination, {@link #BARRIER} or {@link #UNORDERED}. */
    static Object of(String peerId, Wire.Frame f) {
        switch (f.type()) {
            case Wire.HEARTBEAT, Wire.ACK:
                return UNORDERED;
            case Wire.SEND:
                return f.payload().length < 8 ? BARRIER : new Dest(peerId, Wire.longAt(f.payload(), 0));
            case Wire.SEND_TO:
                try {
                    DataInputStream d = new DataInputStream(new ByteArrayInputStream(f.payload()));
                    return new Dest(d.readUTF(), d.readLong());
                } catch (IOException e) {
                    return BARRIER;
                }
            default:
                return BARRIER;
        }
    }
}
