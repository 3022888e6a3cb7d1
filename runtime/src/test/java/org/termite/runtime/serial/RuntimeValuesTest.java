package org.termite.runtime.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.serial.ObjectCodecTest.roundTrip;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Parameter;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.io.Ports;
import org.termite.runtime.prims.ControlPrims;
import org.termite.runtime.prims.HashTable;
import org.termite.runtime.prims.HashTablePrims;
import org.termite.runtime.prims.RecordPrims;
import org.termite.runtime.text.Printer;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Promise;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/** Records, tables, procedures, parameters and promises; the encoder and decoder; values that cannot travel. */
class RuntimeValuesTest {
    private static RecordType point;

    @BeforeAll
    static void boot() {
        Boot.initPrimitives();
        point = (RecordType) RecordPrims.makeRecordType(Symbol.of("point"), Pair.list(Symbol.of("x"), Symbol.of("y")),
                Symbol.of("point@RuntimeValuesTest"));
    }

    private static String written(Object x) {
        return Printer.toWriteString(x);
    }

    private static SchemeError error(Object x) {
        return assertThrows(SchemeError.class, () -> ObjectCodec.encode(x, null));
    }

    @Test
    void record_findsItsTypeByUid() {
        Record r = new Record(point, new Object[] {1L, MString.of("y")});
        Record copy = (Record) roundTrip(r);
        assertSame(point, copy.type);
        assertEquals(1L, copy.fields[0]);
        Procedure isPoint = (Procedure) RecordPrims.predicate(point);
        assertEquals(Boolean.TRUE, Trampoline.call(isPoint, copy));
    }

    @Test
    void recordOfUnknownType_isRefused() {
        RecordType other = (RecordType) RecordPrims.makeRecordType(Symbol.of("gone"), Pair.list(Symbol.of("a")));
        other.uid = "gone@nowhere";
        byte[] bytes = ObjectCodec.encode(new Record(other, new Object[] {1L}), null);
        SchemeError e = assertThrows(SchemeError.class, () -> ObjectCodec.decode(bytes, null));
        assertTrue(e.getMessage().contains("record type gone (gone@nowhere) is not defined"), e.getMessage());
    }

    @Test
    void recordWithoutUid_cannotBeSerialized() {
        RecordType anonymous = (RecordType) RecordPrims.makeRecordType(Symbol.of("anon"), Pair.list(Symbol.of("a")));
        SchemeError e = error(new Record(anonymous, new Object[] {1L}));
        assertTrue(e.getMessage().contains("record type anon"), e.getMessage());
    }

    @Test
    void recordProcedures_travelByTypeAndField() {
        Procedure make = (Procedure) roundTrip(RecordPrims.constructor(point, Pair.list(Symbol.of("y"), Symbol.of("x"))));
        Procedure getX = (Procedure) roundTrip(RecordPrims.accessor(point, Symbol.of("x")));
        Procedure setX = (Procedure) roundTrip(RecordPrims.modifier(point, Symbol.of("x")));
        Procedure isPoint = (Procedure) roundTrip(RecordPrims.predicate(point));
        Object p = Trampoline.call(make, 10L, 20L);
        assertEquals(20L, Trampoline.call(getX, p));
        Trampoline.call(setX, p, 5L);
        assertEquals(5L, ((Record) p).fields[0]);
        assertEquals(Boolean.TRUE, Trampoline.call(isPoint, p));
    }

    @Test
    void hashTables_keepEquivalenceEntriesAndOrder() {
        HashTable t = (HashTable) HashTablePrims.makeHashTable();
        t.put("test", Pair.list(1L, 2L), MString.of("list key"));
        t.put("test", MString.of("b"), 2L);
        t.put("test", Symbol.of("self"), t);
        HashTable copy = (HashTable) roundTrip(t);
        assertEquals(t.equivalence, copy.equivalence);
        assertEquals(MString.of("list key"), copy.get("test", Pair.list(1L, 2L), null));
        assertEquals(2L, copy.get("test", MString.of("b"), null));
        assertSame(copy, copy.get("test", Symbol.of("self"), null));
        assertEquals(written(t.keys()), written(copy.keys()));
    }

    @Test
    void gambitTable_keepsItsDefault() {
        Object t = HashTablePrims.makeTable(org.termite.runtime.value.Keyword.of("init"), 0L);
        Object copy = roundTrip(t);
        assertEquals(0L, HashTablePrims.tableRef(copy, Symbol.of("missing")));
    }

    @Test
    void primitive_isTheReceiversOwn() {
        Object car = Globals.lookup("car");
        assertSame(car, roundTrip(car));
        assertSame(Globals.lookup("apply"), roundTrip(Globals.lookup("apply")));
    }

    @Test
    void caseLambda_keepsItsClauses() {
        Object cl = ControlPrims.makeCaseLambda(Pair.list(new Pair(1L, Boolean.FALSE), new Pair(0L, Boolean.TRUE)),
                Globals.lookup("car"), Globals.lookup("list"));
        Procedure copy = (Procedure) roundTrip(cl);
        assertEquals(1L, Trampoline.call(copy, Pair.list(1L, 2L)));
        assertEquals("(1 2 3)", written(Trampoline.call(copy, 1L, 2L, 3L)));
    }

    @Test
    void globalParameter_isTheReceiversOwn() {
        assertSame(Ports.CURRENT_OUTPUT, roundTrip(Ports.CURRENT_OUTPUT));
    }

    @Test
    void otherParameter_isCopiedWithItsValue() {
        Parameter p = (Parameter) ControlPrims.makeParameter(42L, Boolean.FALSE);
        Parameter copy = (Parameter) roundTrip(p);
        assertNotSame(p, copy);
        assertEquals(42L, copy.globalValue);
    }

    @Test
    void promises_keepStateAndSharing() {
        Promise forced = new Promise(true, MString.of("done"));
        Promise lazy = new Promise(false, Globals.lookup("list"));
        Promise sharing = new Promise(false, null);
        sharing.state = lazy.state;
        Pair copy = (Pair) roundTrip(Pair.list(forced, lazy, sharing));
        Promise f = (Promise) copy.car;
        Promise l = (Promise) ((Pair) copy.cdr).car;
        Promise s = (Promise) ((Pair) ((Pair) copy.cdr).cdr).car;
        assertTrue(f.state.done);
        assertEquals(MString.of("done"), f.state.value);
        assertSame(Globals.lookup("list"), l.state.value);
        assertSame(l.state, s.state);
    }

    @Test
    void tag_comesBackAsItself() {
        Tag t = Tag.fresh();
        assertSame(t, roundTrip(t));
        Tag foreign = new Tag(12345, 678);
        byte[] bytes = ObjectCodec.encode(foreign, null);
        assertSame(ObjectCodec.decode(bytes, null), ObjectCodec.decode(bytes, null));
    }

    @Test
    void port_cannotBeSerialized_andTheErrorSaysWhy() {
        SchemeError e = error(Pair.list(1L, Ports.STDOUT));
        assertTrue(e.getMessage().contains("cannot serialize a port"), e.getMessage());
    }

    @Test
    void javaObject_cannotBeSerialized_andTheErrorNamesItsClass() {
        SchemeError e = error(new Object[] {new StringBuilder("x")});
        assertTrue(e.getMessage().contains("StringBuilder"), e.getMessage());
    }

    @Test
    void anonymousRuntimeProcedure_cannotBeSerialized() {
        SchemeError e = error(new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                return Nil.NIL;
            }
        });
        assertTrue(e.getMessage().contains("cannot serialize"), e.getMessage());
    }

    /** A Scheme procedure of one argument written in Java, for the encoder and decoder hooks. */
    private static Procedure hook(java.util.function.UnaryOperator<Object> f, List<Object> seen) {
        return new Procedure() {
            @Override
            public Object apply1(int d, Object x) {
                seen.add(x);
                return f.apply(x);
            }

            @Override
            public Object applyN(int d, Object[] args) {
                return apply1(d, args[0]);
            }
        };
    }

    @Test
    void encoderAndDecoder_replaceValuesOnTheWay() {
        Symbol placeholder = Symbol.of("stdout-placeholder");
        List<Object> encoded = new ArrayList<>();
        List<Object> decoded = new ArrayList<>();
        Object value = Pair.list(Ports.STDOUT, 1L, Ports.STDOUT);
        byte[] bytes = ObjectCodec.encode(value, hook(x -> x == Ports.STDOUT ? placeholder : x, encoded));
        Pair copy = (Pair) ObjectCodec.decode(bytes, hook(x -> x == placeholder ? Ports.STDERR : x, decoded));
        assertSame(Ports.STDERR, copy.car);
        assertSame(Ports.STDERR, ((Pair) ((Pair) copy.cdr).cdr).car);
        // asked once per object: the list's three pairs, the port (once), 1, ()
        assertEquals(6, encoded.size(), encoded::toString);
        assertTrue(decoded.contains(placeholder));
        assertEquals(1, decoded.stream().filter(x -> x == placeholder).count());
    }

    @Test
    void decoderSeesChildrenBeforeParents() {
        List<Object> decoded = new ArrayList<>();
        Object value = Pair.list(Pair.list(1L));
        ObjectCodec.decode(ObjectCodec.encode(value, null), hook(x -> x, decoded));
        int inner = -1;
        int outer = -1;
        for (int i = 0; i < decoded.size(); i++) {
            if (decoded.get(i) instanceof Pair p && p.car instanceof Pair) {
                outer = i;
            } else if (decoded.get(i) instanceof Pair p && p.car instanceof Long) {
                inner = i;
            }
        }
        assertTrue(inner >= 0 && inner < outer, decoded::toString);
    }

    @Test
    void errorObjectWithPortIrritant_travelsWhenTheEncoderReplacesThePort() {
        ErrorObject e = new ErrorObject(ErrorObject.Kind.ERROR, "write failed", Pair.list(Ports.STDOUT));
        byte[] bytes = ObjectCodec.encode(e, hook(x -> x == Ports.STDOUT ? Symbol.of("port") : x, new ArrayList<>()));
        ErrorObject copy = (ErrorObject) ObjectCodec.decode(bytes, null);
        assertEquals("(port)", written(copy.irritants));
    }
}
