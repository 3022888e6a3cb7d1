package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;
import org.termite.runtime.text.SourcePos;

/**
 * Emits one method containing a procedure's body: its entry method, or its resume method. This is the walk of
 * the body; where variables live is {@link LocalLayout}'s, what runs before the body {@link Prologue}'s, and the
 * calls with their capture handlers are {@link CallSites}'.
 *
 * <p>In the resume method, a switch on the resume point restores the saved locals, pushes the value the call
 * returned and jumps to just after that call in a copy of the body: the code after each call is the same in
 * both methods. Locals are assigned up front, so both methods use one layout per variable.
 */
final class BodyEmitter {
    private static final String OBJ = RuntimeAbi.OBJECT_DESCRIPTOR;

    /**
     * positions: of each resume point; columns: "bci:column" pairs, where the code of each source position
     * starts in this method (JVM line tables have no columns; a backtrace's first line looks its column up here).
     */
    record Result(String[] positions, String columns) {}

    private final ClassNaming naming;
    private final Anf.Lambda lambda;
    private final Constants constants;
    private final boolean resume;
    private final MethodVisitor mv;
    private final LocalLayout layout;
    private final Prologue prologue;
    private final CallSites calls;
    /** The loop's copy with fixnum parameters in long locals; null when the procedure has none. */
    private final UnboxedLoop unboxed;
    private int lastLine = -1;
    private int lastColumn = -1;
    /** Where each source position's code starts, and its column: see {@link Result#columns}. */
    private final List<Label> columnStarts = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    BodyEmitter(ClassNaming naming, Anf.Lambda lambda, Var self, Constants constants, boolean resume, MethodVisitor mv) {
        this.naming = naming;
        this.lambda = lambda;
        this.constants = constants;
        this.resume = resume;
        this.mv = mv;
        String className = naming.nameOf(lambda);
        this.layout = new LocalLayout(lambda, className, self, resume);
        this.prologue = new Prologue(mv, lambda, layout);
        this.calls = new CallSites(this, mv, lambda, className, layout, prologue);
        this.unboxed = UnboxedLoop.of(this, mv, lambda, layout, prologue);
    }

    Result emit() {
        mv.visitCode();
        if (layout.poll >= 0) {
            pushInt(mv, org.termite.runtime.exec.Trampoline.LOOP_POLL_PERIOD);
            mv.visitVarInsn(ISTORE, layout.poll);
        }
        if (resume) {
            prologue.resume(calls.afterCall);
        } else if (!LambdaEmitter.directEntry(lambda)) {
            if (!lambda.fixedArity()) {
                prologue.entryCheck(true);
            }
            prologue.decodeArguments();
        }
        if (lambda.fixedArity()) {
            calls.loop = new Label();
            mv.visitLabel(calls.loop);
            prologue.entryCheck(false);
            if (unboxed != null) {
                unboxed.emitSpecializedCopy();
            }
        }
        tail(lambda.body());
        calls.emitHandlers();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return new Result(calls.positions, columnTable());
    }

    private String columnTable() {
        StringBuilder sb = new StringBuilder();
        try {
            for (int i = 0; i < columnStarts.size(); i++) {
                sb.append(sb.length() == 0 ? "" : " ").append(columnStarts.get(i).getOffset()).append(':').append(columns.get(i));
            }
        } catch (IllegalStateException e) {
            // a method visitor that is not ASM's writer resolves no offsets: no columns then
            return "";
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- expressions

    /** Emits {@code a} in tail position: returns its value, or tail-calls. */
    private void tail(Anf a) {
        if (a instanceof Anf.If i) {
            line(i.pos());
            Label otherwise = new Label();
            test(i.test(), otherwise);
            tail(i.then());
            mv.visitLabel(otherwise);
            tail(i.otherwise());
        } else if (a instanceof Anf.Let l) {
            value(l.init());
            store(l.var());
            tail(l.body());
        } else if (a instanceof Anf.LetCall c) {
            calls.letCall(c);
            store(c.var());
            tail(c.body());
        } else if (a instanceof Anf.Letrec l) {
            letrec(l);
            tail(l.body());
        } else if (a instanceof Anf.TailCall c) {
            if (unboxed != null && unboxed.handles(c)) {
                unboxed.tailCall(c);
            } else {
                calls.tailCall(c);
            }
        } else {
            simple((Anf.Simple) a);
            mv.visitInsn(ARETURN);
        }
    }

    /** Emits the body in the loop's specialized copy, where {@link UnboxedLoop} decides how parameters are read. */
    void tailInSpecializedCopy(Anf a) {
        tail(a);
    }

    /** Where the generic copy of a self-looping body starts (after the entry check). */
    Label loopHead() {
        return calls.loop;
    }

    /** Emits {@code a} leaving its value on the operand stack, which is otherwise empty. */
    private void value(Anf a) {
        if (a instanceof Anf.If i) {
            line(i.pos());
            Label otherwise = new Label();
            Label end = new Label();
            test(i.test(), otherwise);
            value(i.then());
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(otherwise);
            value(i.otherwise());
            mv.visitLabel(end);
        } else if (a instanceof Anf.Let l) {
            value(l.init());
            store(l.var());
            value(l.body());
        } else if (a instanceof Anf.LetCall c) {
            calls.letCall(c);
            store(c.var());
            value(c.body());
        } else if (a instanceof Anf.Letrec l) {
            letrec(l);
            value(l.body());
        } else if (a instanceof Anf.TailCall c) {
            throw new IllegalStateException("tail call in value position: " + c);
        } else {
            simple((Anf.Simple) a);
        }
    }

    private void store(Var v) {
        if (v == null) {
            mv.visitInsn(POP);
        } else {
            mv.visitVarInsn(ASTORE, layout.local(v));
        }
    }

    /** Jumps to {@code otherwise} when the test's value is #f. */
    private void test(Anf.Simple t, Label otherwise) {
        if (t instanceof Anf.Prim p && p.op().returnsBoolean()) {
            if (unboxed == null || !unboxed.test(p, otherwise)) {
                genericTest(p, otherwise);
            }
        } else if (t instanceof Anf.Const c) {
            if (c.value() == Boolean.FALSE) {
                mv.visitJumpInsn(GOTO, otherwise);
            }
        } else {
            simple(t);
            RuntimeAbi.FALSE.get(mv);
            mv.visitJumpInsn(IF_ACMPEQ, otherwise);
        }
    }

    /** A test by a primitive that returns a boolean, called on boxed operands. */
    void genericTest(Anf.Prim p, Label otherwise) {
        primCall(p);
        mv.visitJumpInsn(IFEQ, otherwise);
    }

    void simple(Anf.Simple s) {
        if (s instanceof Anf.Const c) {
            constants.literal(mv, c.value(), null);
        } else if (s instanceof Anf.Local l) {
            load(l.var());
        } else if (s instanceof Anf.Global g) {
            line(g.pos());
            constants.global(mv, g.name());
            RuntimeAbi.GLOBAL_GET.emit(mv);
        } else if (s instanceof Anf.Prim p) {
            primCall(p);
            Class<?> r = p.op().method().getReturnType();
            if (r == boolean.class) {
                RuntimeAbi.BOX_BOOLEAN.emit(mv);
            } else if (r == void.class) {
                unspecified();
            } else if (r == long.class) {
                RuntimeAbi.BOX_LONG.emit(mv);
            } else if (r.isPrimitive()) {
                throw new IllegalStateException("primitive " + p.op() + " returns " + r);
            }
        } else if (s instanceof Anf.Closure c) {
            newClosure(c.lambda(), Set.of());
        } else if (s instanceof Anf.DefGlobal d) {
            line(d.pos());
            constants.global(mv, d.name());
            simple(d.value());
            RuntimeAbi.GLOBAL_VALUE.put(mv);
            unspecified();
        } else if (s instanceof Anf.SetGlobal g) {
            line(g.pos());
            constants.global(mv, g.name());
            simple(g.value());
            RuntimeAbi.GLOBAL_SET.emit(mv);
            unspecified();
        } else if (s instanceof Anf.MakeBox m) {
            mv.visitTypeInsn(NEW, RuntimeAbi.BOX);
            mv.visitInsn(DUP);
            simple(m.value());
            RuntimeAbi.BOX_INIT.emit(mv);
        } else if (s instanceof Anf.BoxRef b) {
            load(b.box());
            mv.visitTypeInsn(CHECKCAST, RuntimeAbi.BOX);
            RuntimeAbi.BOX_VALUE.get(mv);
        } else if (s instanceof Anf.BoxSet b) {
            load(b.box());
            mv.visitTypeInsn(CHECKCAST, RuntimeAbi.BOX);
            simple(b.value());
            RuntimeAbi.BOX_VALUE.put(mv);
            unspecified();
        } else {
            throw new IllegalStateException("not a simple expression: " + s);
        }
    }

    private void unspecified() {
        RuntimeAbi.UNSPECIFIED.get(mv);
    }

    /** Calls a primitive's method, leaving its raw result (boolean, void or object). */
    private void primCall(Anf.Prim p) {
        if (unboxed != null && unboxed.vectorAccess(p)) {
            return;
        }
        line(p.pos());
        java.lang.reflect.Method m = p.op().method();
        Class<?>[] types = m.getParameterTypes();
        int fixed = p.op().fixedCount();
        for (int i = 0; i < fixed; i++) {
            simple(p.args().get(i));
            castTo(types[i]);
        }
        if (p.op().variadic()) {
            array(p.args().subList(fixed, p.args().size()));
        }
        mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(m.getDeclaringClass()), m.getName(),
                Type.getMethodDescriptor(m), false);
    }

    private void castTo(Class<?> type) {
        if (type != Object.class) {
            mv.visitTypeInsn(CHECKCAST, Type.getInternalName(type));
        }
    }

    void array(List<Anf.Simple> items) {
        pushInt(mv, items.size());
        mv.visitTypeInsn(ANEWARRAY, RuntimeAbi.OBJECT);
        for (int i = 0; i < items.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            simple(items.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    private void load(Var v) {
        if (unboxed != null && unboxed.isLong(v)) {
            unboxed.loadBoxed(v);
        } else {
            layout.load(mv, v);
        }
    }

    /** Pushes a variable's boxed value (in the specialized copy too). */
    void loadVar(Var v) {
        load(v);
    }

    // ---------------------------------------------------------------- closures

    /** Creates a closure; free variables in {@code pending} are not bound yet and start as null. */
    private void newClosure(Anf.Lambda l, Set<Var> pending) {
        String cls = naming.nameOf(l);
        mv.visitTypeInsn(NEW, cls);
        mv.visitInsn(DUP);
        for (Var f : l.free()) {
            if (pending.contains(f)) {
                mv.visitInsn(ACONST_NULL);
            } else {
                load(f);
            }
        }
        mv.visitMethodInsn(INVOKESPECIAL, cls, "<init>", LambdaEmitter.constructorDescriptor(l), false);
    }

    /** Creates the closures of a letrec group, then gives each the others it refers to. */
    private void letrec(Anf.Letrec l) {
        Set<Var> group = new HashSet<>(l.vars());
        for (int i = 0; i < l.vars().size(); i++) {
            newClosure(l.lambdas().get(i), group);
            mv.visitVarInsn(ASTORE, layout.local(l.vars().get(i)));
        }
        for (int i = 0; i < l.vars().size(); i++) {
            Anf.Lambda lam = l.lambdas().get(i);
            String cls = naming.nameOf(lam);
            for (int j = 0; j < lam.free().size(); j++) {
                Var f = lam.free().get(j);
                if (group.contains(f)) {
                    mv.visitVarInsn(ALOAD, layout.local(l.vars().get(i)));
                    mv.visitTypeInsn(CHECKCAST, cls);
                    mv.visitVarInsn(ALOAD, layout.local(f));
                    mv.visitFieldInsn(PUTFIELD, cls, "f" + j, OBJ);
                }
            }
        }
    }

    // ---------------------------------------------------------------- positions

    void line(SourcePos pos) {
        if (pos != null && (pos.line() != lastLine || pos.column() != lastColumn)) {
            Label l = new Label();
            mv.visitLabel(l);
            if (pos.line() != lastLine) {
                mv.visitLineNumber(pos.line(), l);
            }
            lastLine = pos.line();
            lastColumn = pos.column();
            columnStarts.add(l);
            columns.add(pos.column());
        }
    }

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }
}
