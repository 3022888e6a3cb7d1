package org.termite.compiler.ir;

import java.util.List;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Symbol;

/**
 * The language after the CPS step (administrative normal form): every continuation point is explicit.
 *
 * <p>Differences from {@link Core}: calls appear only as a {@link LetCall} (a non-tail call whose result is
 * bound: a numbered resume point, with the variables live after it) or a {@link TailCall} (only in tail
 * position of a procedure body). Operands of calls and primitives are {@link Simple}: they contain no calls,
 * so the JVM operand stack is empty at every resume point. Assignments to locals are gone (boxes).
 *
 * <p>After closure conversion every {@link Lambda} lists its free variables.
 */
public sealed interface Anf {
    /** An expression that makes no call, so it can be an operand. */
    sealed interface Simple extends Anf {}

    record Const(Object value) implements Simple {}

    record Local(Var var) implements Simple {}

    record Global(Symbol name, SourcePos pos) implements Simple {}

    record Prim(PrimOp op, List<Simple> args, SourcePos pos) implements Simple {}

    record Closure(Lambda lambda) implements Simple {}

    record DefGlobal(Symbol name, Simple value, SourcePos pos) implements Simple {}

    record SetGlobal(Symbol name, Simple value, SourcePos pos) implements Simple {}

    record MakeBox(Simple value) implements Simple {}

    record BoxRef(Var box) implements Simple {}

    record BoxSet(Var box, Simple value) implements Simple {}

    record If(Simple test, Anf then, Anf otherwise, SourcePos pos) implements Anf {}

    /** Evaluates {@code init} (not in tail position) and binds its value; {@code var} null discards it. */
    record Let(Var var, Anf init, Anf body) implements Anf {}

    /**
     * A non-tail call. {@code point} numbers it within its procedure; {@code live} are the procedure's own
     * locals used after it, which a captured frame must save. {@code spread}: the last argument is a list
     * of further arguments (apply).
     */
    record LetCall(Var var, Simple fn, List<Simple> args, boolean spread, Anf body, int point, List<Var> live,
            SourcePos pos) implements Anf {}

    record TailCall(Simple fn, List<Simple> args, boolean spread, SourcePos pos) implements Anf {}

    record Letrec(List<Var> vars, List<Lambda> lambdas, Anf body) implements Anf {}

    /**
     * A procedure. {@code free} is null until closure conversion fills it; {@code resumePoints} is the number
     * of LetCalls in its body (not counting nested lambdas).
     */
    record Lambda(List<Var> required, List<Var> optional, Var rest, Anf body, String name, SourcePos pos,
            List<Var> free, int resumePoints) {
        public boolean fixedArity() {
            return optional.isEmpty() && rest == null;
        }

        public Lambda withFree(List<Var> newFree, Anf newBody) {
            return new Lambda(required, optional, rest, newBody, name, pos, newFree, resumePoints);
        }
    }
}
