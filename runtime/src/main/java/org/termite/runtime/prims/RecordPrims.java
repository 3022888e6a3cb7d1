package org.termite.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;

/** define-record-type's building blocks: the type, and procedures made for it. */
public final class RecordPrims {
    private RecordPrims() {}

    /**
     * The type of a define-record-type. {@code uid} names the definition (type name and source position): the
     * same definition evaluated again, or a record decoded from bytes, finds the same type object.
     */
    @Primitive("%make-record-type")
    public static Object makeRecordType(Object name, Object fields, Object uid) {
        return RecordType.intern(uid.toString(), () -> (RecordType) makeRecordType(name, fields));
    }

    @Primitive("%make-record-type")
    public static Object makeRecordType(Object name, Object fields) {
        List<Symbol> fs = new ArrayList<>();
        for (Object l = fields; l instanceof Pair p; l = p.cdr) {
            fs.add((Symbol) p.car);
        }
        String n = ((Symbol) name).name;
        if (n.startsWith("<") && n.endsWith(">") && n.length() > 2) {
            n = n.substring(1, n.length() - 1);
        }
        return new RecordType(Symbol.of(n), fs.toArray(new Symbol[0]));
    }

    @Primitive("record?")
    public static boolean isRecord(Object x) {
        return x instanceof Record;
    }

    /** Makes {@code type} a subtype of {@code parent} (define-type's extender:). */
    @Primitive("%record-type-parent-set!")
    public static void setParent(Object type, Object parent) {
        ((RecordType) type).parent = (RecordType) parent;
    }

    @Primitive("%record-constructor")
    public static Object constructor(Object type, Object fields) {
        RecordType t = (RecordType) type;
        List<Integer> idx = new ArrayList<>();
        for (Object l = fields; l instanceof Pair p; l = p.cdr) {
            idx.add(t.fieldIndex((Symbol) p.car));
        }
        int[] slots = idx.stream().mapToInt(Integer::intValue).toArray();
        String name = "make-" + t.name.name;
        return new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                if (args.length != slots.length) {
                    throw Rt.arityError(this, args.length, slots.length, slots.length);
                }
                Object[] values = new Object[t.fields.length];
                java.util.Arrays.fill(values, Boolean.FALSE);
                for (int i = 0; i < slots.length; i++) {
                    values[slots[i]] = args[i];
                }
                return new Record(t, values);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Primitive("%record-predicate")
    public static Object predicate(Object type) {
        RecordType t = (RecordType) type;
        return new Procedure() {
            @Override
            public Object apply1(int d, Object x) {
                return x instanceof Record r && (r.type == t || r.type.isA(t)) ? Boolean.TRUE : Boolean.FALSE;
            }

            @Override
            public Object applyN(int d, Object[] args) {
                if (args.length != 1) {
                    throw Rt.arityError(this, args.length, 1, 1);
                }
                return apply1(d, args[0]);
            }

            @Override
            public String name() {
                return t.name.name + "?";
            }
        };
    }

    @Primitive("%record-accessor")
    public static Object accessor(Object type, Object field) {
        RecordType t = (RecordType) type;
        int i = t.fieldIndex((Symbol) field);
        String name = t.name.name + "-" + ((Symbol) field).name;
        return new Procedure() {
            @Override
            public Object apply1(int d, Object x) {
                if (x instanceof Record r && (r.type == t || r.type.isA(t))) {
                    return r.fields[i];
                }
                throw SchemeError.wrongType(name, t.name.name, x);
            }

            @Override
            public Object applyN(int d, Object[] args) {
                if (args.length != 1) {
                    throw Rt.arityError(this, args.length, 1, 1);
                }
                return apply1(d, args[0]);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Primitive("%record-modifier")
    public static Object modifier(Object type, Object field) {
        RecordType t = (RecordType) type;
        int i = t.fieldIndex((Symbol) field);
        String name = t.name.name + "-" + ((Symbol) field).name + "-set!";
        return new Procedure() {
            @Override
            public Object apply2(int d, Object x, Object v) {
                if (x instanceof Record r && (r.type == t || r.type.isA(t))) {
                    r.fields[i] = v;
                    return org.termite.runtime.value.Unspecified.VALUE;
                }
                throw SchemeError.wrongType(name, t.name.name, x);
            }

            @Override
            public Object applyN(int d, Object[] args) {
                if (args.length != 2) {
                    throw Rt.arityError(this, args.length, 2, 2);
                }
                return apply2(d, args[0], args[1]);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Primitive("record-type-name")
    public static Object recordTypeName(Object r) {
        if (r instanceof Record rec) {
            return MString.of(rec.type.name.name);
        }
        throw SchemeError.wrongType("record-type-name", "record", r);
    }
}
