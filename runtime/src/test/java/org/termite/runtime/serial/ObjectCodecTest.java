package org.termite.runtime.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.prims.EquivalencePrims;
import org.termite.runtime.text.Printer;
import org.termite.runtime.value.Box;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;
import org.termite.runtime.value.Values;

/** Round trips of the data types, sharing and cycles, and the sizes they take. */
class ObjectCodecTest {
    @BeforeAll
    static void boot() {
        Boot.initPrimitives();
    }

    static Object roundTrip(Object x) {
        return ObjectCodec.decode(ObjectCodec.encode(x, null), null);
    }

    private static void assertSameWritten(Object x) {
        Object y = roundTrip(x);
        assertEquals(Printer.toWriteString(x), Printer.toWriteString(y));
        assertTrue(EquivalencePrims.isEqual(x, y), () -> Printer.toWriteString(x) + " is not equal? to its copy");
    }

    @Test
    void numbers_keepValueAndExactness() {
        for (Object n : new Object[] {0L, 1L, -1L, 63L, -64L, Long.MAX_VALUE, Long.MIN_VALUE,
                BigInteger.TWO.pow(200), BigInteger.TWO.pow(64).negate(), Ratnum.make(BigInteger.ONE, BigInteger.valueOf(3)),
                Ratnum.make(BigInteger.TWO.pow(100).negate(), BigInteger.valueOf(7)), 2.5, -0.0, Double.NaN,
                Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
            Object copy = roundTrip(n);
            assertEquals(n.getClass(), copy.getClass());
            assertTrue(EquivalencePrims.isEqv(n, copy) || n.equals(copy), () -> n + " became " + copy);
        }
    }

    @Test
    void charactersAndStrings_keepEveryCodePoint() {
        assertSameWritten(SChar.of(0x1F600));
        assertSameWritten(SChar.of(0));
        assertSameWritten(MString.of("héllo wörld 😀 \u0000 \n"));
        assertSameWritten(MString.of(""));
    }

    /**
     * The bytes of strings as the build that stored every string as code points wrote them: a count, then each
     * code point as a varint, whether the string holds its characters in bytes or in ints.
     */
    @Test
    void strings_keepTheirWireFormatInEitherRepresentation() {
        MString latin1 = MString.of("caf\u00e9 \u00ff");
        MString inflated = MString.of("caf\u00e9 \u00ff");
        inflated.set(0, 0x3bb);
        inflated.set(0, 'c');
        assertTrue(latin1.isLatin1());
        assertFalse(inflated.isLatin1());
        byte[] expected = {-41, 3, 18, 6, 99, 97, 102, -23, 1, 32, -1, 1};
        assertArrayEquals(expected, ObjectCodec.encode(latin1, null));
        assertArrayEquals(expected, ObjectCodec.encode(inflated, null));
        assertArrayEquals(new byte[] {-41, 3, 18, 4, -69, 7, -23, 1, -128, -20, 7, 120},
                ObjectCodec.encode(MString.of("\u03bb\u00e9\ud83d\ude00x"), null));
        assertArrayEquals(new byte[] {-41, 3, 18, 0}, ObjectCodec.encode(MString.of(""), null));
    }

    @Test
    void strings_comeBackLatin1WhenTheirCharactersAllow() {
        MString inflated = MString.of("plain \u00e9");
        inflated.set(0, 0x3bb);
        inflated.set(0, 'p');
        MString copy = (MString) roundTrip(inflated);
        assertEquals(inflated, copy);
        assertTrue(copy.isLatin1());
        MString wide = MString.of("\u03bb\u00e9\ud83d\ude00x");
        MString wideCopy = (MString) roundTrip(wide);
        assertEquals(wide, wideCopy);
        assertEquals(0x1F600, wideCopy.charAt(2));
        assertFalse(wideCopy.isLatin1());
    }

    @Test
    void symbols_areInternedAgain() {
        Symbol s = Symbol.of("hello-world");
        assertSame(s, roundTrip(s));
        assertSame(Keyword.of("name"), roundTrip(Keyword.of("name")));
    }

    @Test
    void uninternedSymbol_staysOneObjectAndApart() {
        Symbol g = Symbol.uninterned("g");
        Pair copy = (Pair) roundTrip(Pair.list(g, g));
        assertSame(copy.car, ((Pair) copy.cdr).car);
        assertNotSame(g, copy.car);
        assertFalse(((Symbol) copy.car).interned);
    }

    @Test
    void singletons_stayThemselves() {
        for (Object x : new Object[] {Nil.NIL, Boolean.TRUE, Boolean.FALSE, Unspecified.VALUE, Eof.VALUE,
                DefaultObject.VALUE}) {
            assertSame(x, roundTrip(x));
        }
    }

    @Test
    void structures_compareEqual() {
        assertSameWritten(Pair.list(1L, MString.of("a"), new Object[] {2L, new byte[] {1, 2, (byte) 255}},
                new Pair(Symbol.of("x"), 3.5), Nil.NIL));
        assertSameWritten(new Pair(1L, 2L));
        assertSameWritten(new Object[0]);
        assertSameWritten(new byte[0]);
    }

    @Test
    void sharedStructure_staysShared() {
        MString s = MString.of("shared");
        Object[] v = {s, s};
        Object[] copy = (Object[]) roundTrip(v);
        assertSame(copy[0], copy[1]);
    }

    @Test
    void circularList_staysCircular() {
        Pair a = new Pair(1L, Nil.NIL);
        Pair b = new Pair(2L, a);
        a.cdr = b;
        Pair copy = (Pair) roundTrip(a);
        Pair second = (Pair) copy.cdr;
        assertEquals(1L, copy.car);
        assertEquals(2L, second.car);
        assertSame(copy, second.cdr);
    }

    @Test
    void vectorHoldingItself_holdsItsCopy() {
        Object[] v = new Object[2];
        v[0] = v;
        v[1] = 7L;
        Object[] copy = (Object[]) roundTrip(v);
        assertSame(copy, copy[0]);
    }

    @Test
    void millionElementList_roundTripsWithoutRecursion() {
        Object list = Nil.NIL;
        for (long i = 0; i < 1_000_000; i++) {
            list = new Pair(i, list);
        }
        Object copy = roundTrip(list);
        long n = 0;
        for (Object l = copy; l instanceof Pair p; l = p.cdr) {
            assertEquals(999_999L - n, p.car);
            n++;
        }
        assertEquals(1_000_000, n);
    }

    @Test
    void deepCarNesting_roundTrips() {
        Object x = Nil.NIL;
        for (int i = 0; i < 200_000; i++) {
            x = new Pair(x, Nil.NIL);
        }
        Object copy = roundTrip(x);
        int depth = 0;
        while (copy instanceof Pair p) {
            copy = p.car;
            depth++;
        }
        assertEquals(200_000, depth);
    }

    @Test
    void multipleValues_andBoxes() {
        Values v = (Values) Values.of(new Object[] {1L, 2L});
        Values copy = (Values) roundTrip(v);
        assertEquals(2, copy.values.length);
        Box b = new Box(MString.of("in a box"));
        Pair two = (Pair) roundTrip(Pair.list(b, b));
        assertInstanceOf(Box.class, two.car);
        assertSame(two.car, ((Pair) two.cdr).car);
    }

    @Test
    void errorObject_keepsKindMessageAndIrritants() {
        ErrorObject e = new ErrorObject(ErrorObject.Kind.FILE, "cannot open", Pair.list(MString.of("x.txt"), 2L));
        ErrorObject copy = (ErrorObject) roundTrip(e);
        assertEquals(e.kind, copy.kind);
        assertEquals(e.message, copy.message);
        assertEquals(Printer.toWriteString(e.irritants), Printer.toWriteString(copy.irritants));
    }

    @Test
    void sizes_areCompact() {
        assertEquals(4, ObjectCodec.encode(5L, null).length);
        assertEquals(3, ObjectCodec.encode(Nil.NIL, null).length);
        // a list of 1000 small integers: a tag and a byte per element and per pair
        assertTrue(ObjectCodec.encode(ListOf.range(1000), null).length < 5000);
        // a symbol met again is a reference, not its name again
        Object repeated = Pair.list(Symbol.of("a-rather-long-symbol-name"), Symbol.of("a-rather-long-symbol-name"));
        assertTrue(ObjectCodec.encode(repeated, null).length < 40);
    }

    /** Builds test lists. */
    static final class ListOf {
        private ListOf() {}

        static Object range(int n) {
            Object l = Nil.NIL;
            for (long i = n - 1; i >= 0; i--) {
                l = new Pair(i, l);
            }
            return l;
        }
    }

    private static byte[] joined(java.nio.ByteBuffer[] pieces) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (java.nio.ByteBuffer b : pieces) {
            all.write(b.array(), 0, b.limit());
        }
        return all.toByteArray();
    }

    @Test
    void encodeInPieces_aLargeValueComesInPiecesNoLargerThanAsked_thatJoinedAreItsEncoding() {
        byte[] big = new byte[300_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 13);
        }
        Object value = Pair.list(MString.of("before"), big, 42L, big);
        byte[] head = {9, 8, 7};
        java.nio.ByteBuffer[] pieces = ObjectCodec.encodeInPieces(head, value, 4096);
        assertTrue(pieces.length >= 300_000 / 4096, () -> pieces.length + " pieces");
        for (java.nio.ByteBuffer b : pieces) {
            assertTrue(b.limit() <= 4096, () -> "a piece of " + b.limit() + " bytes");
        }
        byte[] all = joined(pieces);
        byte[] whole = ObjectCodec.encode(value, null);
        assertEquals(head.length + whole.length, all.length);
        assertTrue(java.util.Arrays.equals(head, java.util.Arrays.copyOf(all, 3)));
        assertTrue(java.util.Arrays.equals(whole, java.util.Arrays.copyOfRange(all, 3, all.length)));
        Object back = ObjectCodec.decodeOrMissing(all, 3, all.length - 3);
        assertTrue(EquivalencePrims.isEqual(value, back));
    }

    @Test
    void encodeInPieces_aSmallValueIsOneArrayOfExactlyItsSize() {
        java.nio.ByteBuffer[] pieces = ObjectCodec.encodeInPieces(new byte[12], Pair.list(1L, MString.of("x")), 4096);
        assertEquals(1, pieces.length);
        assertEquals(pieces[0].limit(), pieces[0].array().length);
        assertEquals(12 + ObjectCodec.encode(Pair.list(1L, MString.of("x")), null).length, pieces[0].limit());
        Object bytes = Pair.list(2L, new byte[3000]);
        java.nio.ByteBuffer[] one = ObjectCodec.encodeInPieces(new byte[12], bytes, 4096);
        assertEquals(1, one.length);
        assertEquals(12 + ObjectCodec.encode(bytes, null).length, one[0].array().length);
    }

    @Test
    void encodeInPieces_aValueThatCannotBeWritten_raises_andLeavesTheEncoderAsItWas() {
        Object bad = Pair.list(new byte[100_000], new Object());
        assertThrows(org.termite.runtime.exec.SchemeError.class,
                () -> ObjectCodec.encodeInPieces(new byte[4], bad, 4096));
        java.nio.ByteBuffer[] pieces = ObjectCodec.encodeInPieces(new byte[4], 7L, 4096);
        assertEquals(1, pieces.length);
        assertEquals(7L, ObjectCodec.decodeOrMissing(pieces[0].array(), 4, pieces[0].limit() - 4));
    }
}
