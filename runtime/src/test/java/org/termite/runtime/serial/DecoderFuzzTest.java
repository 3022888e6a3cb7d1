package org.termite.runtime.serial;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.io.Ports;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.prims.ControlPrims;
import org.termite.runtime.prims.HashTable;
import org.termite.runtime.prims.HashTablePrims;
import org.termite.runtime.prims.RecordPrims;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Promise;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

/**
 * Feeds the decoder mutated copies of valid streams and random bytes. Each input must decode or raise a Scheme
 * error: never another exception, a JVM error, or a hang (the whole run has a time limit). The seeds cover every
 * runtime type, so mutations reach every serializer's header and contents.
 */
class DecoderFuzzTest {
    private static final int INPUTS = 150_000;
    private static final long SEED = 0x7E57ED;

    @BeforeAll
    static void boot() {
        Boot.initPrimitives();
    }

    static List<byte[]> seeds() {
        RecordType point = (RecordType) RecordPrims.makeRecordType(Symbol.of("point"),
                Pair.list(Symbol.of("x"), Symbol.of("y")), Symbol.of("point@DecoderFuzzTest"));
        HashTable table = (HashTable) HashTablePrims.makeHashTable();
        table.put("seed", MString.of("k"), Pair.list(1L, 2L));
        table.put("seed", 3L, table);
        Pair cycle = new Pair(1L, Nil.NIL);
        cycle.cdr = new Pair(Symbol.of("two"), cycle);
        Object[] self = new Object[3];
        self[0] = self;
        self[1] = Symbol.uninterned("g");
        self[2] = self[1];
        List<Object> values = List.of(
                5L, -123456789012L, BigInteger.TWO.pow(130), Ratnum.make(BigInteger.valueOf(-22), BigInteger.valueOf(7)),
                3.25, SChar.of(0x1F600), MString.of("hé😀"), Symbol.of("sym"), Keyword.of("kw"), Boolean.TRUE,
                Pair.list(1L, 2L, 3L, Pair.list(MString.of("nested"))), new byte[] {0, 1, (byte) 200}, cycle, self,
                new Record(point, new Object[] {1L, 2.5}), table, Globals.lookup("car"),
                RecordPrims.accessor(point, Symbol.of("y")), RecordPrims.constructor(point, Pair.list(Symbol.of("x"))),
                ControlPrims.makeCaseLambda(Pair.list(new Pair(1L, Boolean.FALSE)), Globals.lookup("car")),
                Ports.CURRENT_OUTPUT, ControlPrims.makeParameter(MString.of("v"), Boolean.FALSE),
                new Promise(false, Globals.lookup("list")),
                new ErrorObject(ErrorObject.Kind.READ, "bad", Pair.list(1L, MString.of("x"))),
                HashTablePrims.makeTable(Keyword.of("init"), 0L));
        List<byte[]> seeds = new ArrayList<>();
        for (Object v : values) {
            seeds.add(ObjectCodec.encode(v, null));
        }
        seeds.add(ObjectCodec.encode(Pair.list(values.toArray()), null));
        return seeds;
    }

    @Test
    void mutatedAndRandomBytes_decodeOrRaiseASchemeError() {
        List<byte[]> seeds = seeds();
        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = Mutations.next(random, seeds, i);
                try {
                    ObjectCodec.decode(input, null);
                    outcomes[0]++;
                } catch (SchemeError e) {
                    outcomes[1]++;
                } catch (Throwable t) {
                    fail("input " + i + " (" + HexFormat.of().formatHex(input) + ") threw " + t, t);
                }
            }
        });
        assertTrue(outcomes[0] + outcomes[1] == INPUTS);
        // the mutations must exercise both paths, or they test nothing
        assertTrue(outcomes[0] > INPUTS / 100, "decoded: " + outcomes[0]);
        assertTrue(outcomes[1] > INPUTS / 100, "refused: " + outcomes[1]);
    }
}
