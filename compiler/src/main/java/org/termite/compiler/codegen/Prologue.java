package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfVisitor;
import org.termite.compiler.ir.Var;

/**
 * The code a method runs before its body: in the entry method, the arguments taken from their array when they
 * come as one, and the depth check (the safe point where a deep stack unwinds to the trampoline); in the resume
 * method, the base's depth, then the switch on the resume point that restores the saved locals and jumps to just
 * after the call.
 */
final class Prologue {
    private final MethodVisitor mv;
    private final Anf.Lambda lambda;
    private final LocalLayout layout;

    Prologue(MethodVisitor mv, Anf.Lambda lambda, LocalLayout layout) {
        this.mv = mv;
        this.lambda = lambda;
        this.layout = layout;
    }

    /** Past the depth limit, returns a capture that unwinds to the trampoline, which calls this procedure again. */
    void entryCheck(boolean fromArgsArray) {
        Label ok = new Label();
        mv.visitVarInsn(ILOAD, layout.depth);
        RuntimeAbi.DEPTH_LIMIT.get(mv);
        mv.visitJumpInsn(IF_ICMPLE, ok);
        mv.visitVarInsn(ILOAD, layout.depth);
        mv.visitVarInsn(ALOAD, 0);
        if (fromArgsArray) {
            mv.visitVarInsn(ALOAD, 2);
        } else {
            pushParameters();
        }
        RuntimeAbi.ON_DEPTH_LIMIT.emit(mv);
        // a capture to return (the caller saves its frame and passes it on), or null to go on
        Label goOn = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, goOn);
        mv.visitInsn(ARETURN);
        mv.visitLabel(goOn);
        mv.visitInsn(POP);
        mv.visitLabel(ok);
    }

    /** The parameters' current values as a new Object[]: the arguments of a re-entry at a safe point. */
    void pushParameters() {
        List<Var> params = layout.params();
        BodyEmitter.pushInt(mv, params.size());
        mv.visitTypeInsn(ANEWARRAY, RuntimeAbi.OBJECT);
        for (int i = 0; i < params.size(); i++) {
            mv.visitInsn(DUP);
            BodyEmitter.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, layout.local(params.get(i)));
            mv.visitInsn(AASTORE);
        }
    }

    /** applyN of a procedure with optional or rest parameters: checks the count, binds each parameter. */
    void decodeArguments() {
        List<Var> params = layout.params();
        int required = lambda.required().size();
        int optional = lambda.optional().size();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 2);
        BodyEmitter.pushInt(mv, required);
        BodyEmitter.pushInt(mv, lambda.rest() == null ? required + optional : -1);
        RuntimeAbi.CHECK_ARITY.emit(mv);
        for (int i = 0; i < required + optional; i++) {
            mv.visitVarInsn(ALOAD, 2);
            BodyEmitter.pushInt(mv, i);
            if (i < required) {
                mv.visitInsn(AALOAD);
            } else {
                RuntimeAbi.OPTIONAL_ARG.emit(mv);
            }
            mv.visitVarInsn(ASTORE, layout.local(params.get(i)));
        }
        if (lambda.rest() != null) {
            mv.visitVarInsn(ALOAD, 2);
            BodyEmitter.pushInt(mv, required + optional);
            RuntimeAbi.REST_LIST.emit(mv);
            mv.visitVarInsn(ASTORE, layout.local(lambda.rest()));
        }
    }

    /**
     * resume(point, slots, value): restores the live locals the frame of {@code point} saved, pushes the value the
     * call returned and jumps to {@code afterCall[point]} in the copy of the body that follows.
     */
    void resume(Label[] afterCall) {
        // A resumed frame runs on a trampoline base: its callees start from the depth the base gives them.
        RuntimeAbi.BASE_DEPTH.emit(mv);
        mv.visitVarInsn(ISTORE, layout.depth);
        Label bad = new Label();
        Label[] restore = new Label[afterCall.length];
        for (int i = 0; i < restore.length; i++) {
            restore[i] = new Label();
        }
        mv.visitVarInsn(ILOAD, 1);
        mv.visitTableSwitchInsn(0, restore.length - 1, bad, restore);
        for (Anf.LetCall c : calls(lambda.body())) {
            mv.visitLabel(restore[c.point()]);
            for (int j = 0; j < c.live().size(); j++) {
                mv.visitVarInsn(ALOAD, 2);
                BodyEmitter.pushInt(mv, j);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, layout.local(c.live().get(j)));
            }
            mv.visitVarInsn(ALOAD, 3);
            mv.visitJumpInsn(GOTO, afterCall[c.point()]);
        }
        mv.visitLabel(bad);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        RuntimeAbi.BAD_RESUME_POINT.emit(mv);
        mv.visitInsn(ATHROW);
    }

    /** The calls of a body, its resume points, in the order they appear (those of nested procedures are theirs). */
    private static List<Anf.LetCall> calls(Anf body) {
        List<Anf.LetCall> out = new ArrayList<>();
        new AnfVisitor() {
            @Override
            public void visit(Anf a) {
                if (a instanceof Anf.LetCall c) {
                    out.add(c);
                }
                visitParts(a);
            }

            @Override
            public void visitLambda(Anf.Lambda l) {}
        }.visit(body);
        return out;
    }
}
