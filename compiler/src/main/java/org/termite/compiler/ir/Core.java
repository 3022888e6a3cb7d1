package org.termite.compiler.ir;

import java.util.List;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Symbol;

/**
 * The core language: what the expander produces and the front passes (assignment conversion, primitive
 * inlining) rewrite. Every derived form of Scheme has become one of these. {@code pos} may be null for code
 * a macro made up; passes keep the nearest known position.
 */
public sealed interface Core {
    SourcePos pos();

    /** A literal value (already a runtime object: quote has been applied). */
    record Const(Object value, SourcePos pos) implements Core {}

    record LocalRef(Var var, SourcePos pos) implements Core {}

    record GlobalRef(Symbol name, SourcePos pos) implements Core {}

    /** Assignment to a local; assignment conversion removes these. */
    record LocalSet(Var var, Core value, SourcePos pos) implements Core {}

    record GlobalSet(Symbol name, Core value, SourcePos pos) implements Core {}

    record GlobalDef(Symbol name, Core value, SourcePos pos) implements Core {}

    record If(Core test, Core then, Core otherwise, SourcePos pos) implements Core {}

    /**
     * A procedure. Missing optional arguments are bound to #!default; {@code rest} is null when there is none.
     * {@code name} is for messages and class names.
     */
    record Lambda(List<Var> required, List<Var> optional, Var rest, Core body, String name, SourcePos pos)
            implements Core {
        public boolean fixedArity() {
            return optional.isEmpty() && rest == null;
        }
    }

    record Seq(List<Core> exprs, SourcePos pos) implements Core {}

    record Call(Core fn, List<Core> args, SourcePos pos) implements Core {}

    /** Parallel binding: the inits are evaluated outside the scope of the vars. */
    record Let(List<Var> vars, List<Core> inits, Core body, SourcePos pos) implements Core {}

    /** Mutually recursive procedures; only lambdas are bound this way. */
    record Letrec(List<Var> vars, List<Lambda> lambdas, Core body, SourcePos pos) implements Core {}

    /** A call of a primitive compiled to a direct JVM call (from primitive inlining). */
    record PrimCall(PrimOp op, List<Core> args, SourcePos pos) implements Core {}

    /** A call through apply: the last argument is a list of further arguments (from primitive inlining). */
    record Apply(Core fn, List<Core> args, SourcePos pos) implements Core {}

    /** A fresh box holding an assigned variable's value (from assignment conversion). */
    record MakeBox(Core value, SourcePos pos) implements Core {}

    record BoxRef(Var box, SourcePos pos) implements Core {}

    record BoxSet(Var box, Core value, SourcePos pos) implements Core {}
}
