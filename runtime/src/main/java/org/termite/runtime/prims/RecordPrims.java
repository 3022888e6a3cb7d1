package org.termite.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.Primitive;
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
        return RecordProcedure.of(RecordProcedure.Kind.CONSTRUCTOR, t, idx.stream().mapToInt(Integer::intValue).toArray());
    }

    @Primitive("%record-predicate")
    public static Object predicate(Object type) {
        return RecordProcedure.of(RecordProcedure.Kind.PREDICATE, (RecordType) type, new int[0]);
    }

    @Primitive("%record-accessor")
    public static Object accessor(Object type, Object field) {
        RecordType t = (RecordType) type;
        return RecordProcedure.of(RecordProcedure.Kind.ACCESSOR, t, new int[] {t.fieldIndex((Symbol) field)});
    }

    @Primitive("%record-modifier")
    public static Object modifier(Object type, Object field) {
        RecordType t = (RecordType) type;
        return RecordProcedure.of(RecordProcedure.Kind.MODIFIER, t, new int[] {t.fieldIndex((Symbol) field)});
    }

    @Primitive("record-type-name")
    public static Object recordTypeName(Object r) {
        if (r instanceof Record rec) {
            return MString.of(rec.type.name.name);
        }
        throw SchemeError.wrongType("record-type-name", "record", r);
    }
}
