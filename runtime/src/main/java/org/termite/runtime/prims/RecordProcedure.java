package org.termite.runtime.prims;

import java.util.Arrays;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Unspecified;

/**
 * A procedure define-record-type makes for a type: its constructor, predicate, accessors and modifiers. Each says
 * what it was made for ({@link #kind}, {@link #type}, {@link #fields}), which is how such a procedure travels:
 * serialization writes the type and the fields and the receiver makes the same procedure again.
 */
public abstract sealed class RecordProcedure extends Procedure {
    /** What the procedure does with a record of its type. */
    public enum Kind { CONSTRUCTOR, PREDICATE, ACCESSOR, MODIFIER }

    public final RecordType type;
    final int[] slots;
    private final String name;

    private RecordProcedure(RecordType type, int[] slots, String name) {
        this.type = type;
        this.slots = slots;
        this.name = name;
    }

    public abstract Kind kind();

    /** The field indexes: the constructor's arguments in order, the one field of an accessor or modifier. */
    public int[] fields() {
        return slots.clone();
    }

    @Override
    public String name() {
        return name;
    }

    /** A procedure of {@code kind} for {@code type}; {@code fields} as {@link #fields} gives them. */
    public static RecordProcedure of(Kind kind, RecordType type, int[] fields) {
        return switch (kind) {
            case CONSTRUCTOR -> new Constructor(type, fields.clone());
            case PREDICATE -> new Predicate(type);
            case ACCESSOR -> new Accessor(type, fields[0]);
            case MODIFIER -> new Modifier(type, fields[0]);
        };
    }

    boolean accepts(Object x) {
        return x instanceof Record r && (r.type == type || r.type.isA(type));
    }

    static final class Constructor extends RecordProcedure {
        Constructor(RecordType type, int[] slots) {
            super(type, slots, "make-" + type.name.name);
        }

        @Override
        public Kind kind() {
            return Kind.CONSTRUCTOR;
        }

        @Override
        public Object applyN(int d, Object[] args) {
            if (args.length != slots.length) {
                throw Rt.arityError(this, args.length, slots.length, slots.length);
            }
            Object[] values = new Object[type.fields.length];
            Arrays.fill(values, Boolean.FALSE);
            for (int i = 0; i < slots.length; i++) {
                values[slots[i]] = args[i];
            }
            return new Record(type, values);
        }
    }

    static final class Predicate extends RecordProcedure {
        Predicate(RecordType type) {
            super(type, new int[0], type.name.name + "?");
        }

        @Override
        public Kind kind() {
            return Kind.PREDICATE;
        }

        @Override
        public Object apply1(int d, Object x) {
            return accepts(x) ? Boolean.TRUE : Boolean.FALSE;
        }

        @Override
        public Object applyN(int d, Object[] args) {
            if (args.length != 1) {
                throw Rt.arityError(this, args.length, 1, 1);
            }
            return apply1(d, args[0]);
        }
    }

    static final class Accessor extends RecordProcedure {
        private final int field;

        Accessor(RecordType type, int field) {
            super(type, new int[] {field}, type.name.name + "-" + type.fields[field].name);
            this.field = field;
        }

        @Override
        public Kind kind() {
            return Kind.ACCESSOR;
        }

        @Override
        public Object apply1(int d, Object x) {
            if (accepts(x)) {
                return ((Record) x).fields[field];
            }
            throw SchemeError.wrongType(name(), type.name.name, x);
        }

        @Override
        public Object applyN(int d, Object[] args) {
            if (args.length != 1) {
                throw Rt.arityError(this, args.length, 1, 1);
            }
            return apply1(d, args[0]);
        }
    }

    static final class Modifier extends RecordProcedure {
        private final int field;

        Modifier(RecordType type, int field) {
            super(type, new int[] {field}, type.name.name + "-" + type.fields[field].name + "-set!");
            this.field = field;
        }

        @Override
        public Kind kind() {
            return Kind.MODIFIER;
        }

        @Override
        public Object apply2(int d, Object x, Object v) {
            if (accepts(x)) {
                ((Record) x).fields[field] = v;
                return Unspecified.VALUE;
            }
            throw SchemeError.wrongType(name(), type.name.name, x);
        }

        @Override
        public Object applyN(int d, Object[] args) {
            if (args.length != 2) {
                throw Rt.arityError(this, args.length, 2, 2);
            }
            return apply2(d, args[0], args[1]);
        }
    }
}
