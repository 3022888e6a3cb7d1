package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.text.SourcePos;

/**
 * The calls of one method and their capture handlers. A non-tail call is a JVM call covered by a handler of
 * exactly its call instruction: a {@code Capture} passing through makes the handler save a frame (this closure,
 * the resume point, the live locals) and rethrow. A tail call has no handler; a self tail call of a fixed-arity
 * procedure is a jump, with a poll every so many iterations since a loop makes no call to be a safe point.
 */
final class CallSites {

    private record Handler(Label label, int point, List<Var> live) {}

    /** The out-of-line code of a call site that got a signal back: settles tail calls, passes captures on. */
    private record SignalPath(Label label, Label handler, int point, List<Var> live) {}

    private final BodyEmitter body;
    private final MethodVisitor mv;
    private final Anf.Lambda lambda;
    private final String className;
    private final LocalLayout layout;
    private final Prologue prologue;
    /** Just after each resume point's call: where its handler's range ends and the resume switch jumps to. */
    final Label[] afterCall;
    /** The source position of each resume point, for backtraces. */
    final String[] positions;
    private final List<Handler> handlers = new ArrayList<>();
    private final List<SignalPath> signalPaths = new ArrayList<>();
    /** The start of a fixed-arity body, where a self tail call jumps; null when there is none. */
    Label loop;

    CallSites(BodyEmitter body, MethodVisitor mv, Anf.Lambda lambda, String className, LocalLayout layout,
            Prologue prologue) {
        this.body = body;
        this.mv = mv;
        this.lambda = lambda;
        this.className = className;
        this.layout = layout;
        this.prologue = prologue;
        this.afterCall = new Label[lambda.resumePoints()];
        this.positions = new String[lambda.resumePoints()];
        for (int i = 0; i < afterCall.length; i++) {
            afterCall[i] = new Label();
        }
    }

    /** A non-tail call: leaves its value on the operand stack, which is otherwise empty. */
    void letCall(Anf.LetCall c) {
        body.line(c.pos());
        positions[c.point()] = position(c.pos());
        Label start = new Label();
        Label handler = new Label();
        pushCallee(c.fn(), c.args(), c.spread(), false);
        Label end = new Label();
        mv.visitTryCatchBlock(start, end, handler, RuntimeAbi.CAPTURE);
        mv.visitLabel(start);
        invoke(c.fn(), c.args(), c.spread());
        mv.visitLabel(end);
        handlers.add(new Handler(handler, c.point(), c.live()));
        if (parksByReturn(c.fn())) {
            parkedCheck(c);
        }
        Label signalled = new Label();
        mv.visitInsn(DUP);
        mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.SIGNAL);
        mv.visitJumpInsn(IFNE, signalled);
        mv.visitLabel(afterCall[c.point()]);
        signalPaths.add(new SignalPath(signalled, handler, c.point(), c.live()));
    }

    private static boolean parksByReturn(Anf.Simple fn) {
        return fn instanceof Anf.Global g && RuntimeAbi.RECEIVES.contains(g.name().name);
    }

    /**
     * A receive returns {@code Run.PARKED} instead of throwing when its caller runs on the trampoline base, the usual
     * case for a process's loop: the caller then saves its frame like a handler would and returns the park to the
     * base. Throwing would cost the JVM's unwinding of each compiled frame on the way.
     */
    private void parkedCheck(Anf.LetCall c) {
        Label notParked = new Label();
        mv.visitInsn(DUP);
        RuntimeAbi.PARKED.get(mv);
        mv.visitJumpInsn(IF_ACMPNE, notParked);
        mv.visitInsn(POP);
        newFrame(c.point(), c.live());
        RuntimeAbi.PARKED_AT.emit(mv);
        mv.visitInsn(ARETURN);
        mv.visitLabel(notParked);
    }

    void tailCall(Anf.TailCall c) {
        body.line(c.pos());
        Var self = layout.self();
        if (!c.spread() && self != null && c.fn() instanceof Anf.Local l && l.var().equals(self)
                && lambda.fixedArity() && c.args().size() == lambda.required().size()) {
            for (Anf.Simple a : c.args()) {
                body.simple(a);
            }
            for (int i = c.args().size() - 1; i >= 0; i--) {
                mv.visitVarInsn(ASTORE, layout.local(layout.params().get(i)));
            }
            loopPoll();
            mv.visitJumpInsn(GOTO, loop);
            return;
        }
        bounceIfChainFull(c);
        pushCallee(c.fn(), c.args(), c.spread(), true);
        invoke(c.fn(), c.args(), c.spread());
        mv.visitInsn(ARETURN);
    }

    /**
     * After {@link Trampoline#TAIL_CALLS} tail calls in a row, returns this one as a {@code TailCall} for the nearest
     * non-tail call site to make, so that the chain's JVM frames are dropped.
     */
    private void bounceIfChainFull(Anf.TailCall c) {
        Label call = new Label();
        mv.visitVarInsn(ILOAD, layout.depth);
        BodyEmitter.pushInt(mv, Trampoline.TAIL_CALLS);
        mv.visitInsn(IAND);
        BodyEmitter.pushInt(mv, Trampoline.TAIL_CALLS);
        mv.visitJumpInsn(IF_ICMPNE, call);
        body.simple(c.fn());
        RuntimeAbi.PROC.emit(mv);
        body.array(c.args());
        if (c.spread()) {
            // apply's: the last argument is a list of more arguments
            RuntimeAbi.SPREAD_ARGUMENTS.emit(mv);
        }
        RuntimeAbi.TAIL_CALL_OF.emit(mv);
        mv.visitInsn(ARETURN);
        mv.visitLabel(call);
    }

    private void loopPoll() {
        loopPoll(mv, layout, prologue, () -> {});
    }

    /**
     * A loop of self tail calls makes no call, so it would never reach the entry check's safe point: every
     * LOOP_POLL_PERIOD iterations it calls Trampoline.loopPoll, which may park or end the process.
     * {@code beforePoll} runs only when the poll is reached: the unboxed copy of a loop boxes its parameters there.
     */
    static void loopPoll(MethodVisitor mv, LocalLayout layout, Prologue prologue, Runnable beforePoll) {
        Label skip = new Label();
        mv.visitIincInsn(layout.poll, -1);
        mv.visitVarInsn(ILOAD, layout.poll);
        mv.visitJumpInsn(IFGT, skip);
        BodyEmitter.pushInt(mv, org.termite.runtime.exec.Trampoline.LOOP_POLL_PERIOD);
        mv.visitVarInsn(ISTORE, layout.poll);
        beforePoll.run();
        mv.visitVarInsn(ALOAD, 0);
        prologue.pushParameters();
        RuntimeAbi.LOOP_POLL.emit(mv);
        mv.visitLabel(skip);
    }

    /** Pushes everything a call needs except the final invoke instruction. */
    private void pushCallee(Anf.Simple fn, List<Anf.Simple> args, boolean spread, boolean tail) {
        if (spread) {
            pushDepth(tail);
            body.simple(fn);
            body.array(args);
            return;
        }
        body.simple(fn);
        if (!isSelf(fn)) {
            RuntimeAbi.PROC.emit(mv);
            if (parksByReturn(fn)) {
                RuntimeAbi.PARKING_ENTRY.emit(mv);
            }
        }
        pushDepth(tail);
        if (args.size() <= 4) {
            for (Anf.Simple a : args) {
                body.simple(a);
            }
        } else {
            body.array(args);
        }
    }

    private void invoke(Anf.Simple fn, List<Anf.Simple> args, boolean spread) {
        if (spread) {
            RuntimeAbi.APPLY_SPREAD.emit(mv);
            return;
        }
        RuntimeAbi.Call entry = args.size() <= 4 ? RuntimeAbi.APPLY.get(args.size()) : RuntimeAbi.APPLY_N;
        if (isSelf(fn)) {
            entry.emitOn(mv, className);
        } else {
            entry.emit(mv);
        }
    }

    private boolean isSelf(Anf.Simple fn) {
        return layout.self() != null && fn instanceof Anf.Local l && l.var().equals(layout.self());
    }

    /** The depth a call passes (see {@link Trampoline#nonTailCall} and {@link Trampoline#tailCall}). */
    private void pushDepth(boolean tail) {
        mv.visitVarInsn(ILOAD, layout.depth);
        if (tail) {
            BodyEmitter.pushInt(mv, Trampoline.CALL + 1);
        } else {
            BodyEmitter.pushInt(mv, Trampoline.TAIL_CALLS);
            mv.visitInsn(IOR);
            mv.visitInsn(ICONST_1);
        }
        mv.visitInsn(IADD);
    }

    /**
     * After the body: the handlers of the resume points, each of which pushes a frame onto the passing capture and
     * rethrows it, and the paths of call sites that got a signal back. Such a path makes the tail calls handed back
     * (a capture thrown meanwhile goes to the call's handler), then goes on after the call with a value, or pushes a
     * frame onto a returned capture and returns it, or returns an abort.
     */
    void emitHandlers() {
        for (Handler h : handlers) {
            mv.visitLabel(h.label());
            newFrame(h.point(), h.live());
            RuntimeAbi.CAPTURE_PUSH.emit(mv);
            mv.visitInsn(ATHROW);
        }
        for (SignalPath p : signalPaths) {
            Label start = new Label();
            Label end = new Label();
            Label passOn = new Label();
            mv.visitTryCatchBlock(start, end, p.handler(), RuntimeAbi.CAPTURE);
            mv.visitLabel(p.label());
            mv.visitVarInsn(ILOAD, layout.depth);
            mv.visitLabel(start);
            RuntimeAbi.SETTLE.emit(mv);
            mv.visitLabel(end);
            mv.visitInsn(DUP);
            mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.SIGNAL);
            mv.visitJumpInsn(IFEQ, afterCall[p.point()]);
            mv.visitInsn(DUP);
            mv.visitTypeInsn(INSTANCEOF, RuntimeAbi.CAPTURE);
            mv.visitJumpInsn(IFEQ, passOn);
            mv.visitTypeInsn(CHECKCAST, RuntimeAbi.CAPTURE);
            newFrame(p.point(), p.live());
            RuntimeAbi.CAPTURE_PUSH.emit(mv);
            mv.visitLabel(passOn);
            mv.visitInsn(ARETURN);
        }
    }

    /** Pushes a new heap frame for resume point {@code point} holding the live locals. */
    private void newFrame(int point, List<Var> live) {
        mv.visitVarInsn(ALOAD, 0);
        BodyEmitter.pushInt(mv, point);
        if (live.size() == 1) {
            mv.visitVarInsn(ALOAD, layout.local(live.get(0)));
            RuntimeAbi.FRAME_OF1.emit(mv);
            return;
        }
        BodyEmitter.pushInt(mv, live.size());
        mv.visitTypeInsn(ANEWARRAY, RuntimeAbi.OBJECT);
        for (int i = 0; i < live.size(); i++) {
            mv.visitInsn(DUP);
            BodyEmitter.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, layout.local(live.get(i)));
            mv.visitInsn(AASTORE);
        }
        RuntimeAbi.FRAME_OF.emit(mv);
    }

    private static String position(SourcePos pos) {
        if (pos == null) {
            return "?";
        }
        String file = pos.file();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1) + ":" + pos.line() + ":" + pos.column();
    }
}
