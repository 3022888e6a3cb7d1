package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.GETFIELD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfVisitor;
import org.termite.compiler.ir.Var;

/**
 * Where a procedure's variables live in one of its methods: its self variable in {@code this}, its free variables
 * in fields {@code f0, f1, ...}, and everything its body binds in a JVM local of its own, assigned up front so that
 * the entry and the resume method agree on the slot of every variable after the method's own parameters.
 */
final class LocalLayout {
    private final Anf.Lambda lambda;
    private final String className;
    private final Var self;
    private final Map<Var, Integer> locals = new HashMap<>();
    private final Map<Var, Integer> freeIndex = new HashMap<>();
    private final List<Var> params = new ArrayList<>();
    /** The call depth the method was given. */
    final int depth;
    /** Counts down the iterations of a loop of self tail calls to its next safe point; -1 when there is none. */
    final int poll;
    private int next;

    LocalLayout(Anf.Lambda lambda, String className, Var self, boolean resume) {
        this.lambda = lambda;
        this.className = className;
        this.self = self;
        for (int i = 0; i < lambda.free().size(); i++) {
            freeIndex.put(lambda.free().get(i), i);
        }
        params.addAll(lambda.required());
        params.addAll(lambda.optional());
        if (lambda.rest() != null) {
            params.add(lambda.rest());
        }
        // resume(int point, Object[] slots, Object value) or applyK(int depth, ...) / applyN(int depth, Object[])
        if (resume) {
            depth = 4;
            next = 5;
        } else {
            depth = 1;
            next = LambdaEmitter.directEntry(lambda) ? 2 : 3;
        }
        for (Var p : params) {
            locals.put(p, next++);
        }
        poll = self != null && lambda.fixedArity() ? next++ : -1;
        allocate(lambda.body());
    }

    /** Gives every variable the body binds its own JVM local (those of nested procedures are theirs). */
    private void allocate(Anf body) {
        new AnfVisitor() {
            @Override
            public void visit(Anf a) {
                if (a instanceof Anf.Let l && l.var() != null) {
                    locals.put(l.var(), next++);
                } else if (a instanceof Anf.LetCall c && c.var() != null) {
                    locals.put(c.var(), next++);
                } else if (a instanceof Anf.Letrec l) {
                    for (Var v : l.vars()) {
                        locals.put(v, next++);
                    }
                }
                visitParts(a);
            }

            @Override
            public void visitLambda(Anf.Lambda l) {}
        }.visit(body);
    }

    /** Reserves {@code size} more JVM local slots (2 for a long) for the code generator's own temporaries. */
    int allocate(int size) {
        int slot = next;
        next += size;
        return slot;
    }

    /** The parameters, in order: required, optional, rest. */
    List<Var> params() {
        return params;
    }

    Var self() {
        return self;
    }

    int local(Var v) {
        Integer i = locals.get(v);
        if (i == null) {
            throw new IllegalStateException("no local for " + v + " in " + lambda.name());
        }
        return i;
    }

    /** Pushes the value of {@code v}, wherever it lives. */
    void load(MethodVisitor mv, Var v) {
        if (v.equals(self)) {
            mv.visitVarInsn(ALOAD, 0);
            return;
        }
        Integer field = freeIndex.get(v);
        if (field != null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, className, "f" + field, RuntimeAbi.OBJECT_DESCRIPTOR);
            return;
        }
        mv.visitVarInsn(ALOAD, local(v));
    }
}
