package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;
import org.termite.runtime.text.SourcePos;

/**
 * Emits one method containing a procedure's body: its entry method, or its resume method.
 *
 * <p>Every non-tail call ({@link Anf.LetCall}) is a JVM call with an exception handler covering exactly the call
 * instruction: if a {@code Capture} passes, the handler saves a frame (this closure, the resume point, the live
 * locals) and rethrows. Nothing else is done at a call, so a call that is never captured costs a JVM call.
 * Tail calls have no handler. A self tail call of a fixed-arity procedure is a jump.
 *
 * <p>In the resume method, a switch on the resume point restores the saved locals, pushes the value the call
 * returned and jumps to just after that call in a copy of the body: the code after each call is the same in
 * both methods. Locals are assigned up front, so both methods use one layout per variable.
 */
final class BodyEmitter {
    private static final String OBJ = "Ljava/lang/Object;";
    private static final String RT = "org/termite/runtime/exec/Rt";
    private static final String CAPTURE = "org/termite/runtime/exec/Capture";
    /**
     * The runtime's receives: a call that names one calls it through {@code Procedure.parkingEntry} and takes a
     * park returned as a value (see {@link #parkedCheck}).
     */
    private static final java.util.Set<String> RECEIVES = java.util.Set.of("?", "??", "!?", "%receive", "%receive-from");

    /**
     * positions: of each resume point; columns: "bci:column" pairs, where the code of each source position
     * starts in this method (JVM line tables have no columns; a backtrace's first line looks its column up here).
     */
    record Result(String[] positions, String columns) {}

    private record Handler(Label label, int point, List<Var> live) {}

    private final LambdaEmitter owner;
    private final Anf.Lambda lambda;
    private final String className;
    private final Var self;
    private final Constants constants;
    private final boolean resume;

    private final Map<Var, Integer> locals = new HashMap<>();
    private final Map<Var, Integer> freeIndex = new HashMap<>();
    private final List<Var> params = new ArrayList<>();
    private final Label[] afterCall;
    private final String[] positions;
    private final List<Handler> handlers = new ArrayList<>();
    private final int dLocal;
    /** Counts down the iterations of a loop of self tail calls to its next safe point; -1 when there is none. */
    private final int pollLocal;
    private int nextLocal;
    private MethodVisitor mv;
    private Label loop;
    private int lastLine = -1;
    private int lastColumn = -1;
    /** Where each source position's code starts, and its column: see {@link Result#columns}. */
    private final List<Label> columnStarts = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    BodyEmitter(LambdaEmitter owner, Anf.Lambda lambda, String className, Var self, Constants constants, boolean resume) {
        this.owner = owner;
        this.lambda = lambda;
        this.className = className;
        this.self = self;
        this.constants = constants;
        this.resume = resume;
        this.afterCall = new Label[lambda.resumePoints()];
        this.positions = new String[lambda.resumePoints()];
        for (int i = 0; i < afterCall.length; i++) {
            afterCall[i] = new Label();
        }
        for (int i = 0; i < lambda.free().size(); i++) {
            freeIndex.put(lambda.free().get(i), i);
        }
        params.addAll(lambda.required());
        params.addAll(lambda.optional());
        if (lambda.rest() != null) {
            params.add(lambda.rest());
        }
        if (resume) {
            dLocal = 4;
            nextLocal = 5;
        } else {
            dLocal = 1;
            nextLocal = LambdaEmitter.directEntry(lambda) ? 2 : 3;
        }
        for (Var p : params) {
            locals.put(p, nextLocal++);
        }
        pollLocal = self != null && lambda.fixedArity() ? nextLocal++ : -1;
        allocate(lambda.body());
    }

    /** Gives every variable the body binds its own JVM local. */
    private void allocate(Anf a) {
        if (a instanceof Anf.Let l) {
            if (l.var() != null) {
                locals.put(l.var(), nextLocal++);
            }
            allocate(l.init());
            allocate(l.body());
        } else if (a instanceof Anf.LetCall c) {
            if (c.var() != null) {
                locals.put(c.var(), nextLocal++);
            }
            allocate(c.body());
        } else if (a instanceof Anf.Letrec l) {
            for (Var v : l.vars()) {
                locals.put(v, nextLocal++);
            }
            allocate(l.body());
        } else if (a instanceof Anf.If i) {
            allocate(i.then());
            allocate(i.otherwise());
        }
    }

    Result emit(MethodVisitor methodVisitor) {
        mv = methodVisitor;
        mv.visitCode();
        if (pollLocal >= 0) {
            pushInt(mv, org.termite.runtime.exec.Trampoline.LOOP_POLL_PERIOD);
            mv.visitVarInsn(ISTORE, pollLocal);
        }
        if (resume) {
            resumePrologue();
        } else if (!LambdaEmitter.directEntry(lambda)) {
            if (!lambda.fixedArity()) {
                entryCheck(true);
            }
            decodeArguments();
        }
        if (lambda.fixedArity()) {
            loop = new Label();
            mv.visitLabel(loop);
            entryCheck(false);
        }
        tail(lambda.body());
        for (Handler h : handlers) {
            emitHandler(h);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return new Result(positions, columnTable());
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

    // ---------------------------------------------------------------- entry, arguments, resume

    /** Past the depth limit, unwinds to the trampoline, which calls this procedure again on an empty stack. */
    private void entryCheck(boolean fromArgsArray) {
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, dLocal);
        mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/exec/Trampoline", "depthLimit", "I");
        mv.visitJumpInsn(IF_ICMPLE, ok);
        mv.visitVarInsn(ILOAD, dLocal);
        mv.visitVarInsn(ALOAD, 0);
        if (fromArgsArray) {
            mv.visitVarInsn(ALOAD, 2);
        } else {
            pushParameters();
        }
        mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/exec/Trampoline", "onDepthLimit",
                "(ILorg/termite/runtime/exec/Procedure;[Ljava/lang/Object;)V", false);
        mv.visitLabel(ok);
    }

    /** The parameters' current values as a new Object[]: the arguments of a re-entry at a safe point. */
    private void pushParameters() {
        pushInt(mv, params.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < params.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            mv.visitVarInsn(ALOAD, locals.get(params.get(i)));
            mv.visitInsn(AASTORE);
        }
    }

    private void decodeArguments() {
        int required = lambda.required().size();
        int optional = lambda.optional().size();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 2);
        pushInt(mv, required);
        pushInt(mv, lambda.rest() == null ? required + optional : -1);
        mv.visitMethodInsn(INVOKESTATIC, RT, "checkArity", "(Lorg/termite/runtime/exec/Procedure;[Ljava/lang/Object;II)V", false);
        for (int i = 0; i < required + optional; i++) {
            mv.visitVarInsn(ALOAD, 2);
            pushInt(mv, i);
            if (i < required) {
                mv.visitInsn(AALOAD);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, RT, "optionalArg", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
            }
            mv.visitVarInsn(ASTORE, locals.get(params.get(i)));
        }
        if (lambda.rest() != null) {
            mv.visitVarInsn(ALOAD, 2);
            pushInt(mv, required + optional);
            mv.visitMethodInsn(INVOKESTATIC, RT, "restList", "([Ljava/lang/Object;I)Ljava/lang/Object;", false);
            mv.visitVarInsn(ASTORE, locals.get(lambda.rest()));
        }
    }

    private void resumePrologue() {
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, dLocal);
        Label bad = new Label();
        Label[] restore = new Label[afterCall.length];
        for (int i = 0; i < restore.length; i++) {
            restore[i] = new Label();
        }
        mv.visitVarInsn(ILOAD, 1);
        mv.visitTableSwitchInsn(0, restore.length - 1, bad, restore);
        List<Anf.LetCall> calls = new ArrayList<>();
        collectCalls(lambda.body(), calls);
        for (Anf.LetCall c : calls) {
            mv.visitLabel(restore[c.point()]);
            for (int j = 0; j < c.live().size(); j++) {
                mv.visitVarInsn(ALOAD, 2);
                pushInt(mv, j);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, local(c.live().get(j)));
            }
            mv.visitVarInsn(ALOAD, 3);
            mv.visitJumpInsn(GOTO, afterCall[c.point()]);
        }
        mv.visitLabel(bad);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, RT, "badResumePoint", "(Lorg/termite/runtime/exec/Procedure;I)Ljava/lang/RuntimeException;", false);
        mv.visitInsn(ATHROW);
    }

    private static void collectCalls(Anf a, List<Anf.LetCall> out) {
        if (a instanceof Anf.LetCall c) {
            out.add(c);
            collectCalls(c.body(), out);
        } else if (a instanceof Anf.Let l) {
            collectCalls(l.init(), out);
            collectCalls(l.body(), out);
        } else if (a instanceof Anf.If i) {
            collectCalls(i.then(), out);
            collectCalls(i.otherwise(), out);
        } else if (a instanceof Anf.Letrec l) {
            collectCalls(l.body(), out);
        }
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
            letCall(c);
            tail(c.body());
        } else if (a instanceof Anf.Letrec l) {
            letrec(l);
            tail(l.body());
        } else if (a instanceof Anf.TailCall c) {
            tailCall(c);
        } else {
            simple((Anf.Simple) a);
            mv.visitInsn(ARETURN);
        }
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
            letCall(c);
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
            mv.visitVarInsn(ASTORE, local(v));
        }
    }

    /** Jumps to {@code otherwise} when the test's value is #f. */
    private void test(Anf.Simple t, Label otherwise) {
        if (t instanceof Anf.Prim p && p.op().returnsBoolean()) {
            primCall(p);
            mv.visitJumpInsn(IFEQ, otherwise);
        } else if (t instanceof Anf.Const c) {
            if (c.value() == Boolean.FALSE) {
                mv.visitJumpInsn(GOTO, otherwise);
            }
        } else {
            simple(t);
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
            mv.visitJumpInsn(IF_ACMPEQ, otherwise);
        }
    }

    private void simple(Anf.Simple s) {
        if (s instanceof Anf.Const c) {
            constants.literal(mv, c.value(), null);
        } else if (s instanceof Anf.Local l) {
            load(l.var());
        } else if (s instanceof Anf.Global g) {
            line(g.pos());
            constants.global(mv, g.name());
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/termite/runtime/exec/Global", "get", "()Ljava/lang/Object;", false);
        } else if (s instanceof Anf.Prim p) {
            primCall(p);
            Class<?> r = p.op().method().getReturnType();
            if (r == boolean.class) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
            } else if (r == void.class) {
                unspecified();
            } else if (r == long.class) {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            } else if (r.isPrimitive()) {
                throw new IllegalStateException("primitive " + p.op() + " returns " + r);
            }
        } else if (s instanceof Anf.Closure c) {
            newClosure(c.lambda(), null, Set.of());
        } else if (s instanceof Anf.DefGlobal d) {
            line(d.pos());
            constants.global(mv, d.name());
            simple(d.value());
            mv.visitFieldInsn(PUTFIELD, "org/termite/runtime/exec/Global", "value", OBJ);
            unspecified();
        } else if (s instanceof Anf.SetGlobal g) {
            line(g.pos());
            constants.global(mv, g.name());
            simple(g.value());
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/termite/runtime/exec/Global", "set", "(Ljava/lang/Object;)V", false);
            unspecified();
        } else if (s instanceof Anf.MakeBox m) {
            mv.visitTypeInsn(NEW, "org/termite/runtime/value/Box");
            mv.visitInsn(DUP);
            simple(m.value());
            mv.visitMethodInsn(INVOKESPECIAL, "org/termite/runtime/value/Box", "<init>", "(Ljava/lang/Object;)V", false);
        } else if (s instanceof Anf.BoxRef b) {
            load(b.box());
            mv.visitTypeInsn(CHECKCAST, "org/termite/runtime/value/Box");
            mv.visitFieldInsn(GETFIELD, "org/termite/runtime/value/Box", "value", OBJ);
        } else if (s instanceof Anf.BoxSet b) {
            load(b.box());
            mv.visitTypeInsn(CHECKCAST, "org/termite/runtime/value/Box");
            simple(b.value());
            mv.visitFieldInsn(PUTFIELD, "org/termite/runtime/value/Box", "value", OBJ);
            unspecified();
        } else {
            throw new IllegalStateException("not a simple expression: " + s);
        }
    }

    private void unspecified() {
        mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/Unspecified", "VALUE", "Lorg/termite/runtime/value/Unspecified;");
    }

    /** Calls a primitive's method, leaving its raw result (boolean, void or object). */
    private void primCall(Anf.Prim p) {
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

    private void array(List<Anf.Simple> items) {
        pushInt(mv, items.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < items.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            simple(items.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    private void load(Var v) {
        if (v.equals(self)) {
            mv.visitVarInsn(ALOAD, 0);
            return;
        }
        Integer field = freeIndex.get(v);
        if (field != null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, className, "f" + field, OBJ);
            return;
        }
        mv.visitVarInsn(ALOAD, local(v));
    }

    private int local(Var v) {
        Integer i = locals.get(v);
        if (i == null) {
            throw new IllegalStateException("no local for " + v + " in " + lambda.name());
        }
        return i;
    }

    // ---------------------------------------------------------------- closures

    /** Creates a closure; free variables in {@code pending} are not bound yet and start as null. */
    private void newClosure(Anf.Lambda l, Var nestedSelf, Set<Var> pending) {
        if (!resume) {
            owner.emitNested(l, nestedSelf);
        }
        String cls = owner.classNameOf(l);
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
            newClosure(l.lambdas().get(i), l.vars().get(i), group);
            mv.visitVarInsn(ASTORE, local(l.vars().get(i)));
        }
        for (int i = 0; i < l.vars().size(); i++) {
            Anf.Lambda lam = l.lambdas().get(i);
            String cls = owner.classNameOf(lam);
            for (int j = 0; j < lam.free().size(); j++) {
                Var f = lam.free().get(j);
                if (group.contains(f)) {
                    mv.visitVarInsn(ALOAD, local(l.vars().get(i)));
                    mv.visitTypeInsn(CHECKCAST, cls);
                    mv.visitVarInsn(ALOAD, local(f));
                    mv.visitFieldInsn(PUTFIELD, cls, "f" + j, OBJ);
                }
            }
        }
    }

    // ---------------------------------------------------------------- calls

    private void letCall(Anf.LetCall c) {
        line(c.pos());
        positions[c.point()] = position(c.pos());
        Label start = new Label();
        Label handler = new Label();
        pushCallee(c.fn(), c.args(), c.spread());
        mv.visitTryCatchBlock(start, afterCall[c.point()], handler, CAPTURE);
        mv.visitLabel(start);
        invoke(c.fn(), c.args(), c.spread());
        mv.visitLabel(afterCall[c.point()]);
        handlers.add(new Handler(handler, c.point(), c.live()));
        if (parksByReturn(c.fn())) {
            parkedCheck(c);
        }
        store(c.var());
    }

    private static boolean parksByReturn(Anf.Simple fn) {
        return fn instanceof Anf.Global g && RECEIVES.contains(g.name().name);
    }

    /**
     * A receive returns {@code Run.PARKED} instead of throwing when its caller runs on the trampoline base, the usual
     * case for a process's loop: the caller then saves its frame like a handler would and returns the park to the
     * base. Throwing would cost the JVM's unwinding of each compiled frame on the way.
     */
    private void parkedCheck(Anf.LetCall c) {
        Label notParked = new Label();
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/exec/Run", "PARKED", OBJ);
        mv.visitJumpInsn(IF_ACMPNE, notParked);
        mv.visitInsn(POP);
        newFrame(c.point(), c.live());
        mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/exec/Run", "parkedAt",
                "(Lorg/termite/runtime/exec/Frame;)Ljava/lang/Object;", false);
        mv.visitInsn(ARETURN);
        mv.visitLabel(notParked);
    }

    private void tailCall(Anf.TailCall c) {
        line(c.pos());
        if (!c.spread() && self != null && c.fn() instanceof Anf.Local l && l.var().equals(self)
                && lambda.fixedArity() && c.args().size() == lambda.required().size()) {
            for (Anf.Simple a : c.args()) {
                simple(a);
            }
            for (int i = c.args().size() - 1; i >= 0; i--) {
                mv.visitVarInsn(ASTORE, local(params.get(i)));
            }
            loopPoll();
            mv.visitJumpInsn(GOTO, loop);
            return;
        }
        pushCallee(c.fn(), c.args(), c.spread());
        invoke(c.fn(), c.args(), c.spread());
        mv.visitInsn(ARETURN);
    }

    /**
     * A loop of self tail calls makes no call, so it would never reach the entry check's safe point: every
     * LOOP_POLL_PERIOD iterations it calls Trampoline.loopPoll, which may park or end the process.
     */
    private void loopPoll() {
        Label skip = new Label();
        mv.visitIincInsn(pollLocal, -1);
        mv.visitVarInsn(ILOAD, pollLocal);
        mv.visitJumpInsn(IFGT, skip);
        pushInt(mv, org.termite.runtime.exec.Trampoline.LOOP_POLL_PERIOD);
        mv.visitVarInsn(ISTORE, pollLocal);
        mv.visitVarInsn(ALOAD, 0);
        pushParameters();
        mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/exec/Trampoline", "loopPoll",
                "(Lorg/termite/runtime/exec/Procedure;[Ljava/lang/Object;)V", false);
        mv.visitLabel(skip);
    }

    /** Pushes everything a call needs except the final invoke instruction. */
    private void pushCallee(Anf.Simple fn, List<Anf.Simple> args, boolean spread) {
        if (spread) {
            pushDepth();
            simple(fn);
            array(args);
            return;
        }
        simple(fn);
        if (!isSelf(fn)) {
            mv.visitMethodInsn(INVOKESTATIC, RT, "proc", "(Ljava/lang/Object;)Lorg/termite/runtime/exec/Procedure;", false);
            if (parksByReturn(fn)) {
                mv.visitMethodInsn(INVOKEVIRTUAL, LambdaEmitter.PROCEDURE, "parkingEntry",
                        "()Lorg/termite/runtime/exec/Procedure;", false);
            }
        }
        pushDepth();
        if (args.size() <= 4) {
            for (Anf.Simple a : args) {
                simple(a);
            }
        } else {
            array(args);
        }
    }

    private void invoke(Anf.Simple fn, List<Anf.Simple> args, boolean spread) {
        if (spread) {
            mv.visitMethodInsn(INVOKESTATIC, RT, "apply", "(ILjava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", false);
        } else if (args.size() <= 4) {
            String owner = isSelf(fn) ? className : LambdaEmitter.PROCEDURE;
            mv.visitMethodInsn(INVOKEVIRTUAL, owner, "apply" + args.size(), "(I" + OBJ.repeat(args.size()) + ")" + OBJ, false);
        } else {
            String owner = isSelf(fn) ? className : LambdaEmitter.PROCEDURE;
            mv.visitMethodInsn(INVOKEVIRTUAL, owner, "applyN", "(I[Ljava/lang/Object;)Ljava/lang/Object;", false);
        }
    }

    private boolean isSelf(Anf.Simple fn) {
        return self != null && fn instanceof Anf.Local l && l.var().equals(self);
    }

    private void pushDepth() {
        mv.visitVarInsn(ILOAD, dLocal);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
    }

    /** The handler of a resume point: push a frame onto the passing capture and rethrow it. */
    private void emitHandler(Handler h) {
        mv.visitLabel(h.label());
        newFrame(h.point(), h.live());
        mv.visitMethodInsn(INVOKEVIRTUAL, CAPTURE, "push", "(Lorg/termite/runtime/exec/Frame;)Lorg/termite/runtime/exec/Capture;", false);
        mv.visitInsn(ATHROW);
    }

    /** Pushes a new heap frame for resume point {@code point} holding the live locals. */
    private void newFrame(int point, List<Var> live) {
        mv.visitTypeInsn(NEW, "org/termite/runtime/exec/Frame");
        mv.visitInsn(DUP);
        mv.visitVarInsn(ALOAD, 0);
        pushInt(mv, point);
        pushInt(mv, live.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < live.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            mv.visitVarInsn(ALOAD, local(live.get(i)));
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESPECIAL, "org/termite/runtime/exec/Frame", "<init>",
                "(Lorg/termite/runtime/exec/Procedure;I[Ljava/lang/Object;)V", false);
    }

    // ---------------------------------------------------------------- positions

    private void line(SourcePos pos) {
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

    private static String position(SourcePos pos) {
        if (pos == null) {
            return "?";
        }
        String file = pos.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1) + ":" + pos.line() + ":" + pos.column();
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
