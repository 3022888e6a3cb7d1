package org.termite.compiler.ir;

/**
 * Visits an Anf tree: the one place that knows every form's parts. A walk overrides {@link #visit} for the forms
 * it cares about and calls {@link #visitParts} for the rest; {@link #visitLambda} is where it enters (or, by
 * overriding it, does not enter) a nested procedure.
 */
public abstract class AnfVisitor {
    public void visit(Anf a) {
        visitParts(a);
    }

    /** A nested procedure, met as a closure or a letrec binding; the default visits its body. */
    public void visitLambda(Anf.Lambda l) {
        visit(l.body());
    }

    /** Visits the parts of {@code a} in evaluation order: operands, then what follows them. */
    public final void visitParts(Anf a) {
        if (a instanceof Anf.Const || a instanceof Anf.Local || a instanceof Anf.Global || a instanceof Anf.BoxRef) {
            return;
        } else if (a instanceof Anf.Prim p) {
            p.args().forEach(this::visit);
        } else if (a instanceof Anf.Closure c) {
            visitLambda(c.lambda());
        } else if (a instanceof Anf.DefGlobal d) {
            visit(d.value());
        } else if (a instanceof Anf.SetGlobal s) {
            visit(s.value());
        } else if (a instanceof Anf.MakeBox m) {
            visit(m.value());
        } else if (a instanceof Anf.BoxSet b) {
            visit(b.value());
        } else if (a instanceof Anf.If i) {
            visit(i.test());
            visit(i.then());
            visit(i.otherwise());
        } else if (a instanceof Anf.Let l) {
            visit(l.init());
            visit(l.body());
        } else if (a instanceof Anf.LetCall c) {
            visit(c.fn());
            c.args().forEach(this::visit);
            visit(c.body());
        } else if (a instanceof Anf.TailCall c) {
            visit(c.fn());
            c.args().forEach(this::visit);
        } else if (a instanceof Anf.Letrec l) {
            l.lambdas().forEach(this::visitLambda);
            visit(l.body());
        } else {
            throw new IllegalArgumentException("unknown anf form " + a);
        }
    }
}
