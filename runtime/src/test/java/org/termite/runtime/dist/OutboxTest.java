package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termite.runtime.serial.ObjectCodec;

/**
 * The order in which an outbox sends frames, read back through a {@link Reassembly} as the peer would: large
 * frames in chunks between the others, each process's messages in order, everything else in its place.
 */
class OutboxTest {
    @org.junit.jupiter.api.BeforeAll
    static void boot() {
        org.termite.runtime.boot.Boot.initPrimitives();
    }

    private static Wire.Frame send(long to, int bytes, int mark) {
        byte[] p = new byte[8 + bytes];
        ByteBuffer.wrap(p).putLong(to);
        for (int i = 8; i < p.length; i++) {
            p[i] = (byte) (i * 31 + mark);
        }
        return new Wire.Frame(Wire.SEND, p);
    }

    /** Every piece the outbox gives, turned back into frames in the order the peer would dispatch them. */
    private static List<Wire.Frame> drain(Outbox o) throws IOException {
        Reassembly r = new Reassembly();
        List<Wire.Frame> out = new ArrayList<>();
        for (Outbox.Piece p = o.next(Long.MAX_VALUE); p != null; p = o.next(Long.MAX_VALUE)) {
            ByteBuffer b = ByteBuffer.allocate(p.size()).put(p.header()).put(p.data(), p.offset(), p.length());
            b.flip();
            int length = b.getInt();
            int type = b.get() & 0xff;
            byte[] payload = new byte[length - 1];
            b.get(payload);
            Wire.Frame f = new Wire.Frame(type, payload);
            if (type == Wire.CHUNK) {
                f = r.add(f);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void next_smallToAnotherProcessPassesALargeOne_butNotOneToTheSameProcess() throws IOException {
        Outbox o = new Outbox("peer");
        Wire.Frame large = send(1, 3 * Outbox.CHUNK + 17, 1);
        Wire.Frame sameAfter = send(1, 10, 2);
        Wire.Frame otherAfter = send(2, 10, 3);
        List<Wire.Frame> got = largeThenSameThenOther(o, large, sameAfter, otherAfter);
        assertArrayEquals(large.payload(), got.get(1).payload());
    }

    /**
     * Queues a large message and then small ones to the same process and to another one, drains the outbox, and
     * checks what must hold either way: the other process's passes the large one, the same process's waits for it,
     * and nothing is left. Returns the frames as the peer gets them.
     */
    private static List<Wire.Frame> largeThenSameThenOther(Outbox o, Wire.Frame large, Wire.Frame sameAfter,
            Wire.Frame otherAfter) throws IOException {
        o.add(large);
        o.add(sameAfter);
        o.add(otherAfter);
        List<Wire.Frame> got = drain(o);
        assertEquals(3, got.size());
        assertArrayEquals(otherAfter.payload(), got.get(0).payload());
        assertArrayEquals(sameAfter.payload(), got.get(2).payload());
        assertEquals(0, o.bytes());
        return got;
    }

    @Test
    void next_aLinkWaitsForEverythingBeforeIt_andHoldsBackEverythingAfter() throws IOException {
        Outbox o = new Outbox("peer");
        Wire.Frame large = send(1, 2 * Outbox.CHUNK, 1);
        Wire.Frame link = new Wire.Payload(Wire.LINK).longValue(5).longValue(1).frame();
        Wire.Frame after = send(2, 10, 3);
        o.add(large);
        o.add(link);
        o.add(after);
        List<Wire.Frame> got = drain(o);
        assertEquals(List.of(Wire.SEND, Wire.LINK, Wire.SEND), got.stream().map(Wire.Frame::type).toList());
        assertArrayEquals(large.payload(), got.get(0).payload());
    }

    @Test
    void next_manyMessagesToOneProcess_keepTheirOrderAroundLargeOnes() throws IOException {
        Outbox o = new Outbox("peer");
        List<Wire.Frame> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Wire.Frame f = send(i % 3, i % 7 == 0 ? Outbox.CHUNK * 2 + i : i, i);
            sent.add(f);
            o.add(f);
        }
        List<Wire.Frame> got = drain(o);
        for (long to = 0; to < 3; to++) {
            final long t = to;
            List<byte[]> want = sent.stream().filter(f -> ByteBuffer.wrap(f.payload()).getLong() == t)
                    .map(Wire.Frame::payload).toList();
            List<byte[]> have = got.stream().filter(f -> ByteBuffer.wrap(f.payload()).getLong() == t)
                    .map(Wire.Frame::payload).toList();
            assertEquals(want.size(), have.size());
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.get(i), have.get(i));
            }
        }
    }

    @Test
    void next_aPieceLargerThanTheBudgetStaysFirst() {
        Outbox o = new Outbox("peer");
        o.add(send(1, 100, 0));
        assertNull(o.next(50));
        assertEquals(113, o.next(113).size());
    }

    @Test
    void add_chunksThatDoNotFitTogether_areAMalformedFrame() throws IOException {
        Outbox o = new Outbox("peer");
        o.add(send(1, 2 * Outbox.CHUNK, 0));
        o.next(Long.MAX_VALUE);
        Outbox.Piece second = o.next(Long.MAX_VALUE);
        byte[] payload = new byte[second.size() - 5];
        System.arraycopy(second.header(), 5, payload, 0, second.header().length - 5);
        IOException e = assertThrows(IOException.class, () -> new Reassembly().add(new Wire.Frame(Wire.CHUNK, payload)));
        assertEquals(true, e.getMessage().startsWith("malformed frame"));
    }

    @Test
    void next_aMessageEncodedInPieces_arrivesWhole_afterASmallOneToAnotherProcessPassesIt() throws IOException {
        Outbox o = new Outbox("peer");
        byte[] big = new byte[5 * Outbox.CHUNK + 123];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 7);
        }
        Wire.Frame large = Wire.send(1, big);
        Wire.Frame sameAfter = Wire.send(1, 42L);
        Wire.Frame otherAfter = Wire.send(2, 43L);
        assertEquals(true, large.more() != null && large.more().length >= 5);
        List<Wire.Frame> got = largeThenSameThenOther(o, large, sameAfter, otherAfter);
        assertEquals(large.length(), got.get(1).payload().length);
        Wire.Blob message = Wire.sendMessage(got.get(1));
        Object decoded = ObjectCodec.decodeOrMissing(message.array(), message.offset(), message.length());
        assertArrayEquals(big, (byte[]) decoded);
        assertEquals(1L, Wire.sendTarget(got.get(1)));
    }
}
