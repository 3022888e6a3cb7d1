package org.termite.compiler.ir;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The well-formedness of a Core program, checked after each pass over Core in the compiler's tests: every local
 * variable used is bound around its use, no variable is bound twice, a let has one init per variable, and once
 * assignments are converted no local is assigned.
 */
public final class CoreCheck {
    private final boolean assignmentsConverted;
    private final Scope scope = new Scope();
    private final Set<Var> everBound = new HashSet<>();

    private CoreCheck(boolean assignmentsConverted) {
        this.assignmentsConverted = assignmentsConverted;
    }

    /** Throws {@link MalformedIr} naming the first broken rule. */
    public static void check(Core program, boolean assignmentsConverted) {
        new CoreCheck(assignmentsConverted).walk(program);
    }

    private void walk(Core c) {
        if (c instanceof Core.Const || c instanceof Core.GlobalRef) {
            return;
        } else if (c instanceof Core.LocalRef r) {
            use(r.var(), c);
        } else if (c instanceof Core.BoxRef b) {
            use(b.box(), c);
        } else if (c instanceof Core.LocalSet s) {
            if (assignmentsConverted) {
                throw new MalformedIr("an assignment to a local after convert-assignments: " + IrPrinter.core(c));
            }
            use(s.var(), c);
            walk(s.value());
        } else if (c instanceof Core.BoxSet b) {
            use(b.box(), c);
            walk(b.value());
        } else if (c instanceof Core.GlobalSet s) {
            walk(s.value());
        } else if (c instanceof Core.GlobalDef d) {
            walk(d.value());
        } else if (c instanceof Core.MakeBox b) {
            walk(b.value());
        } else if (c instanceof Core.If i) {
            walk(i.test());
            walk(i.then());
            walk(i.otherwise());
        } else if (c instanceof Core.Lambda l) {
            lambda(l);
        } else if (c instanceof Core.Seq s) {
            s.exprs().forEach(this::walk);
        } else if (c instanceof Core.Call call) {
            walk(call.fn());
            call.args().forEach(this::walk);
        } else if (c instanceof Core.Apply a) {
            walk(a.fn());
            a.args().forEach(this::walk);
        } else if (c instanceof Core.PrimCall p) {
            p.args().forEach(this::walk);
        } else if (c instanceof Core.Let l) {
            if (l.vars().size() != l.inits().size()) {
                throw new MalformedIr("a let of " + l.vars().size() + " variables and " + l.inits().size() + " inits");
            }
            l.inits().forEach(this::walk);
            bindAll(l.vars(), c);
            walk(l.body());
            scope.unbindAll(l.vars());
        } else if (c instanceof Core.Letrec l) {
            if (l.vars().size() != l.lambdas().size()) {
                throw new MalformedIr("a letrec of " + l.vars().size() + " variables and " + l.lambdas().size() + " lambdas");
            }
            bindAll(l.vars(), c);
            l.lambdas().forEach(this::lambda);
            walk(l.body());
            scope.unbindAll(l.vars());
        } else {
            throw new MalformedIr("not a core form: " + c);
        }
    }

    private void lambda(Core.Lambda l) {
        List<Var> params = Params.of(l.required(), l.optional(), l.rest());
        bindAll(params, l);
        walk(l.body());
        scope.unbindAll(params);
    }

    private void bindAll(List<Var> vs, Core where) {
        for (Var v : vs) {
            if (!everBound.add(v)) {
                throw new MalformedIr("variable " + v + " is bound twice, again in " + IrPrinter.core(where));
            }
        }
        scope.bindAll(vs);
    }

    private void use(Var v, Core where) {
        if (!scope.contains(v)) {
            throw new MalformedIr("variable " + v + " is used outside its scope: " + IrPrinter.core(where));
        }
    }
}
