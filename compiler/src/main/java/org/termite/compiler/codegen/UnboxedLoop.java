package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;

/**
 * A loop of self tail calls whose counters live in {@code long} locals while they hold fixnums.
 *
 * <p>Which parameters: those that every self tail call passes a fixnum expression — a fixnum constant, a local,
 * or {@code +}, {@code -}, {@code *} of fixnum expressions — and that at least one self tail call computes by
 * arithmetic (a parameter only passed along stays boxed: unboxing it would box it again at each use), and that
 * an iteration would box at most once (see {@link BoxedUses}). Only procedures with no non-tail call qualify, so
 * no frame ever has to save a {@code long}.
 *
 * <p>The code: at the loop's head, after the entry check, the parameters are tested to be {@code Long}s; if they
 * all are, the body runs in a second, specialized copy where they are read from {@code long} locals and boxed
 * only where a value escapes. A self tail call there computes the fixnum arguments with overflow checks; an
 * overflow, or a local that is not a fixnum, leaves for the generic copy: the parameters are boxed
 * again and the arguments evaluated by the generic primitives (they are pure arithmetic, so evaluating them again
 * repeats no effect), giving a bignum or a flonum as before, then the loop goes on generically from its head.
 * Comparisons and vector indexing by a {@code long} parameter are done without boxing; a {@code long} parameter
 * stored into a vector gets a shared box ({@code SharedLongs}).
 */
final class UnboxedLoop {
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*");
    private static final Map<String, Integer> COMPARISONS = Map.of("<", IFGE, ">", IFLE, "<=", IFGT, ">=", IFLT,
            "=", IFNE);

    private final BodyEmitter body;
    private final MethodVisitor mv;
    private final Anf.Lambda lambda;
    private final LocalLayout layout;
    private final Prologue prologue;
    private final List<Var> params;
    /** The long local of each unboxed parameter while the specialized copy is being emitted; empty otherwise. */
    private final Map<Var, Integer> longs = new HashMap<>();
    private final Map<Var, Integer> longSlot = new HashMap<>();
    private final int[] objectTemps;
    private final int[] longTemps;
    private Label specialized;

    private UnboxedLoop(BodyEmitter body, MethodVisitor mv, Anf.Lambda lambda, LocalLayout layout, Prologue prologue,
            List<Var> params) {
        this.body = body;
        this.mv = mv;
        this.lambda = lambda;
        this.layout = layout;
        this.prologue = prologue;
        this.params = params;
        for (Var p : params) {
            longSlot.put(p, layout.allocate(2));
        }
        int n = lambda.required().size();
        objectTemps = new int[n];
        longTemps = new int[n];
        for (int i = 0; i < n; i++) {
            objectTemps[i] = layout.allocate(1);
            longTemps[i] = params.contains(lambda.required().get(i)) ? layout.allocate(2) : -1;
        }
    }

    /** The unboxed loop of {@code lambda}, or null when none of its parameters qualifies. */
    static UnboxedLoop of(BodyEmitter body, MethodVisitor mv, Anf.Lambda lambda, LocalLayout layout,
            Prologue prologue) {
        List<Var> params = fixnumParameters(lambda, layout.self());
        return params.isEmpty() ? null : new UnboxedLoop(body, mv, lambda, layout, prologue, params);
    }

    // ---------------------------------------------------------------- which parameters

    /** The parameters of {@code lambda} to keep in {@code long} locals (see the class comment), in order. */
    static List<Var> fixnumParameters(Anf.Lambda lambda, Var self) {
        if (self == null || !lambda.fixedArity() || lambda.resumePoints() > 0) {
            return List.of();
        }
        List<Anf.TailCall> calls = new ArrayList<>();
        selfCalls(lambda.body(), self, lambda.required().size(), calls);
        Set<Var> candidates = new LinkedHashSet<>(lambda.required());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Anf.TailCall c : calls) {
                for (int i = 0; i < c.args().size(); i++) {
                    Var p = lambda.required().get(i);
                    if (candidates.contains(p) && !fixnumExpression(c.args().get(i), candidates)) {
                        candidates.remove(p);
                        changed = true;
                    }
                }
            }
            for (Var p : List.copyOf(candidates)) {
                int i = lambda.required().indexOf(p);
                if (calls.stream().noneMatch(c -> c.args().get(i) instanceof Anf.Prim)
                        || new BoxedUses(p, candidates, self, lambda.required()).count(lambda.body()) > 1) {
                    candidates.remove(p);
                    changed = true;
                }
            }
        }
        return List.copyOf(candidates);
    }

    /**
     * How many times an iteration of the specialized copy may box {@code p}: its uses outside the fixnum
     * arguments of self calls, comparisons of locals and constants in tests, and vector indices and values, not
     * counting the loop's exits (returned values, arguments of other tail calls). More than one, and the copy
     * would allocate more than the generic loop, which boxes each new value of the counter once.
     */
    private record BoxedUses(Var p, Set<Var> candidates, Var self, List<Var> required) {
        int count(Anf a) {
            if (a instanceof Anf.If i) {
                return test(i.test()) + count(i.then()) + count(i.otherwise());
            } else if (a instanceof Anf.Let l) {
                return value(l.init()) + count(l.body());
            } else if (a instanceof Anf.Letrec l) {
                return captures(l.lambdas()) + count(l.body());
            } else if (a instanceof Anf.TailCall c) {
                if (!isSelfCall(c, self, required.size())) {
                    return 0;
                }
                int n = 0;
                for (int i = 0; i < c.args().size(); i++) {
                    boolean unboxed = candidates.contains(required.get(i)) && fixnumExpression(c.args().get(i), candidates);
                    n += unboxed ? 0 : simple(c.args().get(i));
                }
                return n;
            }
            return 0;
        }

        private int value(Anf a) {
            if (a instanceof Anf.If i) {
                return test(i.test()) + value(i.then()) + value(i.otherwise());
            } else if (a instanceof Anf.Let l) {
                return value(l.init()) + value(l.body());
            } else if (a instanceof Anf.Letrec l) {
                return captures(l.lambdas()) + value(l.body());
            } else if (a instanceof Anf.Simple s) {
                return simple(s);
            }
            return 0;
        }

        private int test(Anf.Simple t) {
            if (t instanceof Anf.Prim p && COMPARISONS.containsKey(p.op().name().name) && !p.op().variadic()
                    && p.args().size() == 2 && p.args().stream().allMatch(UnboxedLoop::isLongOperand)) {
                return 0;
            }
            return simple(t);
        }

        private int simple(Anf.Simple s) {
            if (s instanceof Anf.Local l) {
                return l.var().equals(p) ? 1 : 0;
            } else if (s instanceof Anf.Prim prim) {
                String name = prim.op().name().name;
                boolean vector = (name.equals("vector-ref") && prim.args().size() == 2)
                        || (name.equals("vector-set!") && prim.args().size() == 3);
                int n = 0;
                for (int i = 0; i < prim.args().size(); i++) {
                    Anf.Simple a = prim.args().get(i);
                    boolean unboxed = vector && isLocal(a, p)
                            && (i == 1 || (i == 2 && prim.args().get(1) instanceof Anf.Local k && candidates.contains(k.var())));
                    n += unboxed ? 0 : simple(a);
                }
                return n;
            } else if (s instanceof Anf.Closure c) {
                return captures(List.of(c.lambda()));
            } else if (s instanceof Anf.DefGlobal d) {
                return simple(d.value());
            } else if (s instanceof Anf.SetGlobal g) {
                return simple(g.value());
            } else if (s instanceof Anf.MakeBox m) {
                return simple(m.value());
            } else if (s instanceof Anf.BoxSet b) {
                return simple(b.value());
            }
            return 0;
        }

        private static boolean isLocal(Anf.Simple s, Var v) {
            return s instanceof Anf.Local l && l.var().equals(v);
        }

        private int captures(List<Anf.Lambda> lambdas) {
            return (int) lambdas.stream().filter(l -> l.free() != null && l.free().contains(p)).count();
        }
    }

    private static void selfCalls(Anf a, Var self, int arity, List<Anf.TailCall> out) {
        if (a instanceof Anf.If i) {
            selfCalls(i.then(), self, arity, out);
            selfCalls(i.otherwise(), self, arity, out);
        } else if (a instanceof Anf.Let l) {
            selfCalls(l.body(), self, arity, out);
        } else if (a instanceof Anf.Letrec l) {
            selfCalls(l.body(), self, arity, out);
        } else if (a instanceof Anf.TailCall c && isSelfCall(c, self, arity)) {
            out.add(c);
        }
    }

    private static boolean isSelfCall(Anf.TailCall c, Var self, int arity) {
        return !c.spread() && c.fn() instanceof Anf.Local l && l.var().equals(self) && c.args().size() == arity;
    }

    private static boolean fixnumExpression(Anf.Simple s, Set<Var> candidates) {
        if (s instanceof Anf.Const c) {
            return c.value() instanceof Long;
        }
        if (s instanceof Anf.Local) {
            return true;
        }
        return s instanceof Anf.Prim p && p.args().size() == 2 && ARITHMETIC.contains(p.op().name().name)
                && fixnumExpression(p.args().get(0), candidates) && fixnumExpression(p.args().get(1), candidates);
    }

    // ---------------------------------------------------------------- the specialized copy

    /**
     * Emits, at the loop's head, the test of the parameters and the specialized copy of the body; falls through to
     * the generic copy when a parameter is not a fixnum.
     */
    void emitSpecializedCopy() {
        Label generic = new Label();
        for (Var p : params) {
            mv.visitVarInsn(ALOAD, layout.local(p));
            mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.LONG);
            mv.visitJumpInsn(IFEQ, generic);
        }
        for (Var p : params) {
            mv.visitVarInsn(ALOAD, layout.local(p));
            unboxKnownLong();
            mv.visitVarInsn(LSTORE, longSlot.get(p));
        }
        specialized = new Label();
        mv.visitLabel(specialized);
        longs.putAll(longSlot);
        body.tailInSpecializedCopy(lambda.body());
        longs.clear();
        mv.visitLabel(generic);
    }

    /** Whether {@code v} is in a long local at this point of the emission. */
    boolean isLong(Var v) {
        return longs.containsKey(v);
    }

    /** Pushes a long local's value boxed. */
    void loadBoxed(Var v) {
        mv.visitVarInsn(LLOAD, longs.get(v));
        RuntimeAbi.BOX_LONG.emit(mv);
    }

    /** Whether this tail call is a self call that {@link #tailCall} handles (only in the specialized copy). */
    boolean handles(Anf.TailCall c) {
        return !longs.isEmpty() && isSelfCall(c, layout.self(), lambda.required().size());
    }

    /**
     * A self tail call in the specialized copy: the boxed arguments first (Scheme leaves the order open), then the
     * fixnum ones, each checked for overflow; the parameters are only written once all are computed, so the way
     * out to the generic copy still has this iteration's values.
     */
    void tailCall(Anf.TailCall c) {
        List<Var> required = lambda.required();
        List<Anf.Simple> args = c.args();
        Label deopt = new Label();
        for (int i = 0; i < args.size(); i++) {
            if (longTemps[i] < 0) {
                body.simple(args.get(i));
                mv.visitVarInsn(ASTORE, objectTemps[i]);
            }
        }
        Set<Var> boxedOperands = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            if (longTemps[i] >= 0) {
                boxedLocals(args.get(i), boxedOperands);
            }
        }
        for (Var v : boxedOperands) {
            body.loadVar(v);
            mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.LONG);
            mv.visitJumpInsn(IFEQ, deopt);
        }
        for (int i = 0; i < args.size(); i++) {
            if (longTemps[i] >= 0) {
                pushChecked(args.get(i), deopt);
                mv.visitVarInsn(LSTORE, longTemps[i]);
            }
        }
        for (int i = 0; i < args.size(); i++) {
            Var p = required.get(i);
            if (longTemps[i] >= 0) {
                mv.visitVarInsn(LLOAD, longTemps[i]);
                mv.visitVarInsn(LSTORE, longSlot.get(p));
            } else {
                mv.visitVarInsn(ALOAD, objectTemps[i]);
                mv.visitVarInsn(ASTORE, layout.local(p));
            }
        }
        poll();
        mv.visitJumpInsn(GOTO, specialized);

        mv.visitLabel(deopt);
        boxParameters();
        Map<Var, Integer> saved = new HashMap<>(longs);
        longs.clear();
        for (int i = 0; i < args.size(); i++) {
            if (longTemps[i] >= 0) {
                body.simple(args.get(i));
                mv.visitVarInsn(ASTORE, objectTemps[i]);
            }
        }
        longs.putAll(saved);
        for (int i = 0; i < args.size(); i++) {
            mv.visitVarInsn(ALOAD, objectTemps[i]);
            mv.visitVarInsn(ASTORE, layout.local(required.get(i)));
        }
        mv.visitJumpInsn(GOTO, body.loopHead());
    }

    /** The locals of a fixnum expression that are not in long locals: each is checked to be a Long first. */
    private void boxedLocals(Anf.Simple s, Set<Var> out) {
        if (s instanceof Anf.Local l && !isLong(l.var())) {
            out.add(l.var());
        } else if (s instanceof Anf.Prim p) {
            for (Anf.Simple a : p.args()) {
                boxedLocals(a, out);
            }
        }
    }

    /**
     * Pushes a fixnum expression as a long, jumping to {@code overflow} if an operation leaves the fixnums. Called
     * with an empty operand stack: operands are kept in locals, so the stack is empty at every such jump too.
     */
    private void pushChecked(Anf.Simple s, Label overflow) {
        if (!(s instanceof Anf.Prim p)) {
            pushLong(s);
            return;
        }
        int a = layout.allocate(2);
        int b = layout.allocate(2);
        int r = layout.allocate(2);
        pushChecked(p.args().get(0), overflow);
        mv.visitVarInsn(LSTORE, a);
        pushChecked(p.args().get(1), overflow);
        mv.visitVarInsn(LSTORE, b);
        mv.visitVarInsn(LLOAD, a);
        mv.visitVarInsn(LLOAD, b);
        switch (p.op().name().name) {
            case "+" -> {
                // overflow iff both operands differ in sign from the result
                mv.visitInsn(LADD);
                mv.visitVarInsn(LSTORE, r);
                signTest(a, r, b, r, overflow);
            }
            case "-" -> {
                // overflow iff the operands differ in sign and the result differs from the first
                mv.visitInsn(LSUB);
                mv.visitVarInsn(LSTORE, r);
                signTest(a, b, a, r, overflow);
            }
            default -> {
                // exact iff the high 64 bits of the product are the sign extension of the low ones
                mv.visitInsn(LMUL);
                mv.visitVarInsn(LSTORE, r);
                mv.visitVarInsn(LLOAD, a);
                mv.visitVarInsn(LLOAD, b);
                RuntimeAbi.MULTIPLY_HIGH.emit(mv);
                mv.visitVarInsn(LLOAD, r);
                mv.visitIntInsn(BIPUSH, 63);
                mv.visitInsn(LSHR);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFNE, overflow);
            }
        }
        mv.visitVarInsn(LLOAD, r);
    }

    /** Jumps to {@code overflow} when {@code ((w ^ x) & (y ^ z)) < 0}. */
    private void signTest(int w, int x, int y, int z, Label overflow) {
        mv.visitVarInsn(LLOAD, w);
        mv.visitVarInsn(LLOAD, x);
        mv.visitInsn(LXOR);
        mv.visitVarInsn(LLOAD, y);
        mv.visitVarInsn(LLOAD, z);
        mv.visitInsn(LXOR);
        mv.visitInsn(LAND);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, overflow);
    }

    /** Pushes a fixnum constant or a local as a long; a boxed local is known to hold a Long. */
    private void pushLong(Anf.Simple s) {
        if (s instanceof Anf.Const c) {
            mv.visitLdcInsn(c.value());
        } else {
            Var v = ((Anf.Local) s).var();
            if (isLong(v)) {
                mv.visitVarInsn(LLOAD, longs.get(v));
            } else {
                body.loadVar(v);
                unboxKnownLong();
            }
        }
    }

    private void unboxKnownLong() {
        mv.visitTypeInsn(CHECKCAST, RuntimeAbi.LONG);
        RuntimeAbi.LONG_VALUE.emit(mv);
    }

    /** Writes the long parameters' values, boxed, to their usual locals, where the generic code reads them. */
    private void boxParameters() {
        for (Var p : params) {
            mv.visitVarInsn(LLOAD, longSlot.get(p));
            RuntimeAbi.BOX_LONG.emit(mv);
            mv.visitVarInsn(ASTORE, layout.local(p));
        }
    }

    /** The loop's safe point, as in the generic copy; the parameters are boxed only when it is reached. */
    private void poll() {
        CallSites.loopPoll(mv, layout, prologue, this::boxParameters);
    }

    // ---------------------------------------------------------------- primitives on long parameters

    /**
     * A comparison of two fixnums in a test, one of them a long parameter: compared as longs when the other is a
     * fixnum (a boxed local is checked), else by the generic primitive. Returns false if {@code p} is not one.
     */
    boolean test(Anf.Prim p, Label otherwise) {
        Integer jump = COMPARISONS.get(p.op().name().name);
        if (jump == null || p.args().size() != 2 || p.op().variadic()) {
            return false;
        }
        Anf.Simple a = p.args().get(0);
        Anf.Simple b = p.args().get(1);
        if (!(isLongLocal(a) || isLongLocal(b)) || !isLongOperand(a) || !isLongOperand(b)) {
            return false;
        }
        Label slow = null;
        for (Anf.Simple s : p.args()) {
            if (s instanceof Anf.Local l && !isLong(l.var())) {
                slow = slow == null ? new Label() : slow;
                body.loadVar(l.var());
                mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.LONG);
                mv.visitJumpInsn(IFEQ, slow);
            }
        }
        pushLong(a);
        pushLong(b);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(jump, otherwise);
        if (slow != null) {
            Label done = new Label();
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(slow);
            body.genericTest(p, otherwise);
            mv.visitLabel(done);
        }
        return true;
    }

    private boolean isLongLocal(Anf.Simple s) {
        return s instanceof Anf.Local l && isLong(l.var());
    }

    private static boolean isLongOperand(Anf.Simple s) {
        return s instanceof Anf.Local || (s instanceof Anf.Const c && c.value() instanceof Long);
    }

    /**
     * {@code vector-ref} or {@code vector-set!} with a long parameter as the index: calls the runtime's
     * long-indexed method. Returns false if {@code p} is not one.
     */
    boolean vectorAccess(Anf.Prim p) {
        String name = p.op().name().name;
        boolean ref = name.equals("vector-ref") && p.args().size() == 2;
        boolean set = name.equals("vector-set!") && p.args().size() == 3;
        if (!(ref || set) || !isLongLocal(p.args().get(1))) {
            return false;
        }
        body.line(p.pos());
        body.simple(p.args().get(0));
        pushLong(p.args().get(1));
        if (ref) {
            RuntimeAbi.VECTOR_REF_AT.emit(mv);
        } else if (isLongLocal(p.args().get(2))) {
            pushLong(p.args().get(2));
            RuntimeAbi.VECTOR_SET_FIXNUM_AT.emit(mv);
        } else {
            body.simple(p.args().get(2));
            RuntimeAbi.VECTOR_SET_AT.emit(mv);
        }
        return true;
    }
}
