package org.termite.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfVisitor;
import org.termite.compiler.ir.Var;

/** The procedures of a module, each once, the top level first, then nested ones in source order. */
final class ProcedureTree {
    /** A procedure and the letrec variable that names it inside its own body (null for none). */
    record Procedure(Anf.Lambda lambda, Var self) {}

    private ProcedureTree() {}

    static List<Procedure> of(Anf.Lambda toplevel) {
        List<Procedure> out = new ArrayList<>();
        out.add(new Procedure(toplevel, null));
        new AnfVisitor() {
            @Override
            public void visit(Anf a) {
                if (a instanceof Anf.Letrec l) {
                    for (int i = 0; i < l.vars().size(); i++) {
                        out.add(new Procedure(l.lambdas().get(i), l.vars().get(i)));
                        visit(l.lambdas().get(i).body());
                    }
                    visit(l.body());
                } else {
                    visitParts(a);
                }
            }

            @Override
            public void visitLambda(Anf.Lambda l) {
                out.add(new Procedure(l, null));
                visit(l.body());
            }
        }.visit(toplevel.body());
        return out;
    }
}
