package org.termite.runtime.serial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.prims.Equivalence;
import org.termite.runtime.prims.HashTable;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;

/**
 * Records, record types and hash tables. A record type travels by its stable identity (the uid of its
 * define-record-type): the receiver finds its own type object, so the predicates and accessors of its program
 * accept the copy. A hash table's entries are put in only when decoding is complete, because hashing a key
 * needs the key whole.
 */
final class RecordSerializers {
    private RecordSerializers() {}

    static final ValueSerializer<RecordType> RECORD_TYPE = new ValueSerializer<RecordType>() {
        @Override
        public void writeHeader(Encoding out, RecordType t) {
            if (t.uid == null) {
                throw SchemeError.error("object->u8vector: cannot serialize record type " + t.name
                        + ": it was made without a definition that identifies it");
            }
            out.text(t.uid);
            out.internal(t.name);
            out.varint(t.fields.length);
            for (Symbol f : t.fields) {
                out.internal(f);
            }
        }

        @Override
        public RecordType readHeader(Decoding in) {
            String uid = in.text();
            Symbol name = in.required(Symbol.class);
            int n = in.count(1);
            Symbol[] fields = new Symbol[n];
            for (int i = 0; i < n; i++) {
                fields[i] = in.required(Symbol.class);
            }
            RecordType t = RecordType.byUid(uid);
            if (t == null) {
                // a type of a library module that has not run yet (the OTP and Termite data types, ...)
                org.termite.runtime.exec.LazyModules.runAll();
                t = RecordType.byUid(uid);
            }
            if (t == null) {
                throw SchemeError.error("u8vector->object: record type " + name + " (" + uid
                        + ") is not defined in this program");
            }
            if (!java.util.Arrays.equals(t.fields, fields)) {
                throw SchemeError.error("u8vector->object: record type " + name + " has other fields here");
            }
            return t;
        }
    };

    static void registerAll() {
        TypeTable.fixed(SerialFormat.RECORD_TYPE, RecordType.class, RECORD_TYPE);
        TypeTable.fixed(SerialFormat.RECORD, Record.class, new ValueSerializer<Record>() {
            @Override
            public void writeHeader(Encoding out, Record r) {
                out.internal(r.type);
                out.defer(this, r);
            }

            @Override
            public Record readHeader(Decoding in) {
                RecordType t = in.required(RecordType.class);
                Record r = new Record(t, new Object[t.fields.length]);
                in.defer(this, r);
                return r;
            }

            @Override
            public void writeContents(Encoding out, Record r) {
                for (Object x : r.fields) {
                    out.value(x);
                }
            }

            @Override
            public void readContents(Decoding in, Record r) {
                for (int i = 0; i < r.fields.length; i++) {
                    r.fields[i] = in.value();
                }
            }

            @Override
            public void finish(Decoding in, Record r, UnaryOperator<Object> map) {
                for (int i = 0; i < r.fields.length; i++) {
                    r.fields[i] = map.apply(r.fields[i]);
                }
            }
        });
        TypeTable.fixed(SerialFormat.HASH_TABLE, HashTable.class, new ValueSerializer<HashTable>() {
            @Override
            public void writeHeader(Encoding out, HashTable h) {
                out.varint(h.equivalence.ordinal());
                out.internal(h.missing());
                out.defer(this, h);
            }

            @Override
            public HashTable readHeader(Decoding in) {
                int e = in.varint();
                Equivalence[] all = Equivalence.values();
                if (e < 0 || e >= all.length) {
                    throw in.malformed("table equivalence " + e);
                }
                HashTable h = new HashTable(all[e], in.value());
                in.defer(this, h);
                return h;
            }

            @Override
            public void writeContents(Encoding out, HashTable h) {
                Object alist = h.toAlist();
                int n = 0;
                for (Object l = alist; l instanceof Pair p; l = p.cdr) {
                    n++;
                }
                out.varint(n);
                for (Object l = alist; l instanceof Pair p; l = p.cdr) {
                    Pair entry = (Pair) p.car;
                    out.value(entry.car);
                    out.value(entry.cdr);
                }
            }

            @Override
            public void readContents(Decoding in, HashTable h) {
                int n = in.count(2);
                List<Object> entries = new ArrayList<>(2 * n);
                for (int i = 0; i < n; i++) {
                    entries.add(in.value());
                    entries.add(in.value());
                }
                in.setAside(h, entries);
            }

            @Override
            public void finish(Decoding in, HashTable h, UnaryOperator<Object> map) {
                @SuppressWarnings("unchecked")
                List<Object> entries = (List<Object>) in.takeAside(h);
                if (entries == null) {
                    return;
                }
                for (int i = 0; i < entries.size(); i += 2) {
                    h.put("u8vector->object", map.apply(entries.get(i)), map.apply(entries.get(i + 1)));
                }
            }
        });
    }
}
