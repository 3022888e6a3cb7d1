package org.termite.runtime.serial;

import java.util.function.UnaryOperator;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Parameter;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.prims.CaseLambda;
import org.termite.runtime.prims.ControlPrims;
import org.termite.runtime.prims.RecordProcedure;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;

/**
 * Procedures. A compiled closure is its class (the code's stable ID and hash, written by the class resolver)
 * plus its free values; globals are not among them, since compiled code finds a global by name where it runs.
 * Primitives and the runtime's other procedures travel by what they are made from: a primitive by name, a
 * record procedure by record type and field, a case-lambda by its clauses, anything else bound to a global by
 * that global's name. A parameter bound to a global is that global on the receiver (so current-output-port
 * stays the receiver's, and a parameterize binding in a continuation still binds the program's parameter);
 * another parameter is copied with its value.
 */
final class ProcedureSerializers {
    private ProcedureSerializers() {}

    static final ValueSerializer<Procedure> COMPILED = new ValueSerializer<Procedure>() {
        @Override
        public void writeHeader(Encoding out, Procedure p) {
            if (CompiledCode.of(p.getClass()).size() > 0) {
                out.defer(this, p);
            }
        }

        @Override
        public Procedure readHeader(Decoding in) {
            throw in.malformed("compiled procedure without its class");
        }

        @Override
        public Procedure readHeader(Decoding in, Class<? extends Procedure> type) {
            CompiledCode.Layout code = CompiledCode.of(type);
            Procedure p = code.instantiate();
            if (code.size() > 0) {
                in.defer(this, p);
            }
            return p;
        }

        @Override
        public void writeContents(Encoding out, Procedure p) {
            CompiledCode.Layout code = CompiledCode.of(p.getClass());
            for (int i = 0; i < code.size(); i++) {
                out.value(code.get(p, i));
            }
        }

        @Override
        public void readContents(Decoding in, Procedure p) {
            CompiledCode.Layout code = CompiledCode.of(p.getClass());
            for (int i = 0; i < code.size(); i++) {
                code.set(p, i, in.value());
            }
        }

        @Override
        public void finish(Decoding in, Procedure p, UnaryOperator<Object> map) {
            CompiledCode.Layout code = CompiledCode.of(p.getClass());
            for (int i = 0; i < code.size(); i++) {
                code.set(p, i, map.apply(code.get(p, i)));
            }
        }
    };

    private static final int BY_GLOBAL = 0;
    private static final int CASE_LAMBDA = 1;
    private static final int RECORD_CONSTRUCTOR = 2;
    private static final int RECORD_PREDICATE = 3;
    private static final int RECORD_ACCESSOR = 4;
    private static final int RECORD_MODIFIER = 5;

    /** The runtime's procedures other than primitives, parameters and continuations. */
    static final ValueSerializer<Procedure> RUNTIME = new ValueSerializer<Procedure>() {
        @Override
        public void writeHeader(Encoding out, Procedure p) {
            if (p instanceof RecordProcedure r) {
                out.varint(switch (r.kind()) {
                    case CONSTRUCTOR -> RECORD_CONSTRUCTOR;
                    case PREDICATE -> RECORD_PREDICATE;
                    case ACCESSOR -> RECORD_ACCESSOR;
                    case MODIFIER -> RECORD_MODIFIER;
                });
                out.internal(r.type);
                int[] fields = r.fields();
                out.varint(fields.length);
                for (int i : fields) {
                    out.varint(i);
                }
            } else if (p instanceof CaseLambda c) {
                int[] required = c.required();
                boolean[] rest = c.rest();
                Procedure[] procs = c.clauses();
                out.varint(CASE_LAMBDA);
                out.varint(procs.length);
                for (int i = 0; i < procs.length; i++) {
                    out.varint(required[i]);
                    out.output().writeBoolean(rest[i]);
                    out.internal(procs[i]);
                }
            } else if (RuntimeForms.globalNameOf(p, p.name()) != null) {
                out.varint(BY_GLOBAL);
                out.text(RuntimeForms.globalNameOf(p, p.name()));
            } else {
                throw Encoding.cannotSerialize(p);
            }
        }

        @Override
        public Procedure readHeader(Decoding in) {
            int kind = in.varint();
            switch (kind) {
                case BY_GLOBAL: {
                    String name = in.text();
                    if (Globals.lookup(name) instanceof Procedure p) {
                        return p;
                    }
                    throw SchemeError.error("u8vector->object: procedure " + name + " is not defined in this program");
                }
                case CASE_LAMBDA: {
                    int n = in.count(3);
                    Object[] arities = new Object[n];
                    Object[] procs = new Object[n];
                    for (int i = 0; i < n; i++) {
                        long required = in.varint();
                        if (required < 0) {
                            throw in.malformed("case-lambda arity " + required);
                        }
                        arities[i] = new Pair(required, in.input().readBoolean());
                        procs[i] = in.required(Procedure.class);
                    }
                    return (Procedure) ControlPrims.makeCaseLambda(Pair.list(arities), procs);
                }
                case RECORD_CONSTRUCTOR: case RECORD_PREDICATE: case RECORD_ACCESSOR: case RECORD_MODIFIER:
                    return recordProcedure(in, kind);
                default:
                    throw in.malformed("runtime procedure kind " + kind);
            }
        }
    };

    private static Procedure recordProcedure(Decoding in, int kind) {
        RecordType t = in.required(RecordType.class);
        int n = in.count(1);
        Symbol[] fields = new Symbol[n];
        for (int i = 0; i < n; i++) {
            int index = in.varint();
            if (index < 0 || index >= t.fields.length) {
                throw in.malformed("field " + index + " of record type " + t.name);
            }
            fields[i] = t.fields[index];
        }
        if (kind != RECORD_CONSTRUCTOR && kind != RECORD_PREDICATE && n != 1) {
            throw in.malformed("record accessor of " + n + " fields");
        }
        int[] indexes = new int[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = t.fieldIndex(fields[i]);
        }
        return RecordProcedure.of(switch (kind) {
            case RECORD_CONSTRUCTOR -> RecordProcedure.Kind.CONSTRUCTOR;
            case RECORD_PREDICATE -> RecordProcedure.Kind.PREDICATE;
            case RECORD_ACCESSOR -> RecordProcedure.Kind.ACCESSOR;
            default -> RecordProcedure.Kind.MODIFIER;
        }, t, indexes);
    }

    private static final int PARAMETER_GLOBAL = 0;
    private static final int PARAMETER_COPY = 1;

    static void registerAll() {
        TypeTable.fixed(SerialFormat.PRIMITIVE, PrimitiveProcedure.class, new ValueSerializer<PrimitiveProcedure>() {
            @Override
            public void writeHeader(Encoding out, PrimitiveProcedure p) {
                out.text(p.name());
            }

            @Override
            public PrimitiveProcedure readHeader(Decoding in) {
                String name = in.text();
                PrimitiveProcedure p = RuntimeForms.primitive(name);
                if (p == null) {
                    throw SchemeError.error("u8vector->object: no primitive " + name + " in this runtime");
                }
                return p;
            }
        });
        TypeTable.fixed(SerialFormat.PARAMETER, Parameter.class, new ValueSerializer<Parameter>() {
            @Override
            public void writeHeader(Encoding out, Parameter p) {
                String global = RuntimeForms.globalNameOf(p, p.name());
                if (global != null) {
                    out.varint(PARAMETER_GLOBAL);
                    out.text(global);
                    return;
                }
                out.varint(PARAMETER_COPY);
                out.text(p.name());
                out.internal(p.converter);
                out.defer(this, p);
            }

            @Override
            public Parameter readHeader(Decoding in) {
                int mode = in.varint();
                String name = in.text();
                if (mode == PARAMETER_GLOBAL) {
                    if (Globals.lookup(name) instanceof Parameter p) {
                        return p;
                    }
                    throw SchemeError.error("u8vector->object: parameter " + name + " is not defined in this program");
                }
                if (mode != PARAMETER_COPY) {
                    throw in.malformed("parameter kind " + mode);
                }
                Parameter p = new Parameter(null, in.internal(Procedure.class), name);
                in.defer(this, p);
                in.setAside(p, Boolean.TRUE);
                return p;
            }

            @Override
            public void writeContents(Encoding out, Parameter p) {
                out.value(p.globalValue);
            }

            @Override
            public void readContents(Decoding in, Parameter p) {
                p.globalValue = in.value();
            }

            @Override
            public void finish(Decoding in, Parameter p, UnaryOperator<Object> map) {
                if (in.takeAside(p) != null) {
                    p.globalValue = map.apply(p.globalValue);
                }
            }
        });
    }
}
