package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.MString;

/**
 * The order in which a connection's frames are dispatched when large messages are decoded on another thread: the
 * decoding thread is played by the test, which runs the decodings when it chooses.
 */
class InboundTest {
    @BeforeAll
    static void boot() {
        Boot.initPrimitives();
    }

    /** Decodings waiting to run, in the order they were asked for. */
    private final ArrayDeque<Runnable> decodings = new ArrayDeque<>();
    private final Executor decoder = decodings::add;
    /** What was dispatched, as "type:destination", with the message when it was decoded ahead. */
    private final List<String> dispatched = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();

    private final Inbound inbound = new Inbound(new Inbound.Handler() {
        @Override
        public void dispatch(Wire.Frame f, Object message) {
            String what = f.type() + ":" + (f.type() == Wire.SEND ? ByteBuffer.wrap(f.payload()).getLong() : "-");
            dispatched.add(message == null ? what : what + "=" + message);
        }

        @Override
        public void failed(Exception e) {
            failures.add(e);
        }
    }, decoder);

    private static Wire.Frame send(long to, Object message) {
        Object value = message instanceof String s ? MString.of(s) : message;
        return new Wire.Payload(Wire.SEND).longValue(to).frameWith(ObjectCodec.encode(value, null));
    }

    private static Wire.Frame link() {
        return new Wire.Payload(Wire.LINK).longValue(1).longValue(2).frame();
    }

    private void decodeAll() {
        while (!decodings.isEmpty()) {
            decodings.poll().run();
        }
    }

    @Test
    void whileALargeMessageIsDecoded_othersToItsProcessAndBarriersWait_andMessagesToOthersGoOn() throws IOException {
        inbound.add(send(1, "small before"), false);
        inbound.add(send(1, 42L), true);
        inbound.add(send(2, "to another"), false);
        inbound.add(send(1, "after the large one"), false);
        inbound.add(send(3, "before the barrier"), false);
        inbound.add(link(), false);
        inbound.add(send(2, "after the barrier"), false);
        inbound.add(new Wire.Payload(Wire.HEARTBEAT).frame(), false);
        assertEquals(List.of("11:1", "11:2", "11:3", "10:-"), dispatched);

        decodeAll();
        assertEquals(List.of("11:1", "11:2", "11:3", "10:-", "11:1=42", "11:1", "15:-", "11:2"), dispatched);
        assertEquals(List.of(), failures);
    }

    @Test
    void largeMessagesToOneProcess_keepTheirOrder_andAfterThemFramesGoAtOnceAgain() throws IOException {
        inbound.add(send(1, 1L), true);
        inbound.add(send(1, 2L), true);
        inbound.add(send(2, 3L), true);
        assertEquals(List.of(), dispatched);
        decodings.poll().run();
        assertEquals(List.of("11:1=1"), dispatched);
        Runnable second = decodings.poll();
        decodings.poll().run();
        assertEquals(List.of("11:1=1", "11:2=3"), dispatched);
        second.run();
        inbound.add(send(1, "small"), false);
        assertEquals(List.of("11:1=1", "11:2=3", "11:1=2", "11:1"), dispatched);
    }

    @Test
    void aLargeMessageThatDoesNotDecode_isDispatchedUndecoded_toBeDecodedAgainThere() throws IOException {
        Wire.Frame junk = new Wire.Payload(Wire.SEND).longValue(5).frameWith(new byte[] {1, 2, 3});
        inbound.add(junk, true);
        decodeAll();
        assertEquals(List.of("11:5"), dispatched);
        assertNull(failures.isEmpty() ? null : failures);
    }
}
