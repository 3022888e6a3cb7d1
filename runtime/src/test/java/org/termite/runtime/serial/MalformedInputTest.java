package org.termite.runtime.serial;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.io.Output;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/** Bytes that are not a stream this runtime wrote give a Scheme error that says so, and nothing else happens. */
class MalformedInputTest {
    @BeforeAll
    static void boot() {
        Boot.initPrimitives();
    }

    private static String refused(byte[] bytes) {
        return assertThrows(SchemeError.class, () -> ObjectCodec.decode(bytes, null)).getMessage();
    }

    /** A stream: the format header, then what {@code body} writes. */
    private static byte[] stream(java.util.function.Consumer<Output> body) {
        Output out = new Output(64, -1);
        out.writeByte(SerialFormat.MAGIC);
        out.writeByte(SerialFormat.VERSION);
        body.accept(out);
        return out.toBytes();
    }

    @Test
    void emptyOrForeignBytes_areRefused() {
        assertTrue(refused(new byte[0]).contains("u8vector->object"));
        refused(new byte[] {1, 2, 3, 4, 5});
        refused("hello".getBytes());
    }

    @Test
    void otherFormatVersion_isRefusedByName() {
        String m = refused(new byte[] {(byte) SerialFormat.MAGIC, (byte) (SerialFormat.VERSION + 1), 10});
        assertTrue(m.contains("version"), m);
    }

    @Test
    void everyTruncation_isRefused() {
        Object value = Pair.list(1L, MString.of("text"), new Object[] {Symbol.of("s"), 2.5}, new byte[] {1, 2});
        byte[] bytes = ObjectCodec.encode(value, null);
        for (int n = 0; n < bytes.length; n++) {
            refused(Arrays.copyOf(bytes, n));
        }
    }

    @Test
    void trailingBytes_areRefused() {
        byte[] bytes = ObjectCodec.encode(5L, null);
        refused(Arrays.copyOf(bytes, bytes.length + 1));
    }

    @Test
    void hugeCounts_areRefusedBeforeAllocating() {
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.VECTOR, true);
            out.writeVarInt(Integer.MAX_VALUE, true);
        }));
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.STRING, true);
            out.writeVarInt(1 << 30, true);
        }));
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.BIGNUM, true);
            out.writeVarInt(-1, true);
        }));
    }

    @Test
    void referenceToAnObjectNotYetRead_isRefused() {
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.REF, true);
            out.writeVarInt(0, true);
        }));
    }

    @Test
    void unknownTypeIds_areRefused() {
        for (int id : new int[] {36, 47, SerialFormat.LAST_EXTENSION - 5, 1000, Integer.MAX_VALUE}) {
            refused(stream(out -> out.writeVarInt(id, true)));
        }
    }

    @Test
    void classNamesOutsideCompiledCode_areNeverLookedUp() {
        for (String name : new String[] {"java.lang.Runtime", "org.termite.runtime.value.Pair", "scm", "scm..x",
                "scm.a/b", "scm.x;", "[Lscm.x;"}) {
            String m = refused(stream(out -> {
                out.writeVarInt(SerialFormat.CODE_NEW, true);
                Text.write(out, name);
                Text.write(out, "p");
                out.writeLong(0);
                out.writeLong(0);
            }));
            assertTrue(m.contains("bad procedure class name"), m);
        }
    }

    @Test
    void compiledCodeThisProgramLacks_isNamedInTheError() {
        String m = refused(stream(out -> {
            out.writeVarInt(SerialFormat.CODE_NEW, true);
            Text.write(out, "scm.shop.make_cart_L12C3");
            Text.write(out, "make-cart");
            out.writeLong(42);
            out.writeLong(7);
        }));
        assertTrue(m.contains("no procedure make-cart") && m.contains("module shop"), m);
    }

    @Test
    void deeplyNestedHeaders_areRefusedWithoutOverflowingTheStack() {
        refused(stream(out -> {
            for (int i = 0; i < 100_000; i++) {
                out.writeVarInt(SerialFormat.CONTINUATION, true);
            }
        }));
    }

    @Test
    void invalidCharacters_areRefused() {
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.CHAR, true);
            out.writeVarInt(0xD800, true);
        }));
        refused(stream(out -> {
            out.writeVarInt(SerialFormat.CHAR, true);
            out.writeVarInt(0x110000, true);
        }));
    }
}
