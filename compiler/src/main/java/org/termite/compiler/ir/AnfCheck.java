package org.termite.compiler.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The well-formedness of an Anf program, checked after each pass over Anf in the compiler's tests:
 * <ul>
 * <li>a tail call only in tail position (elsewhere a call is a numbered let-call, whose operands are simple);</li>
 * <li>every variable used is bound around its use;</li>
 * <li>before closure conversion, no procedure lists free variables and no resume point is numbered;</li>
 * <li>after it, a procedure's body uses only its parameters, its own locals, its listed free variables and its
 * letrec variable, and each free variable is bound where the closure is made; resume points are numbered
 * 0..n-1 within each procedure, n being its count, and a point's live variables are locals of the procedure
 * bound at that point.</li>
 * </ul>
 */
public final class AnfCheck {
    private final boolean closed;

    private AnfCheck(boolean closed) {
        this.closed = closed;
    }

    /** {@code closed}: the program has been through convert-closures. Throws {@link MalformedIr}. */
    public static void check(Anf.Lambda program, boolean closed) {
        AnfCheck c = new AnfCheck(closed);
        c.lambda(program, null, new Scope());
    }

    /** What is known inside one procedure's body. */
    private static final class Body {
        final Anf.Lambda lambda;
        final Scope visible;
        final Scope locals = new Scope();
        final List<Integer> points = new ArrayList<>();

        Body(Anf.Lambda lambda, Scope visible) {
            this.lambda = lambda;
            this.visible = visible;
        }
    }

    private void lambda(Anf.Lambda l, Var self, Scope outer) {
        List<Var> params = Params.of(l.required(), l.optional(), l.rest());
        Body b;
        if (closed) {
            if (l.free() == null) {
                throw new MalformedIr("procedure " + l.name() + " lists no free variables after convert-closures");
            }
            for (Var f : l.free()) {
                if (!outer.contains(f) && !f.equals(self)) {
                    throw new MalformedIr("free variable " + f + " of " + l.name() + " is not bound where it is made");
                }
            }
            b = new Body(l, new Scope());
            b.visible.bindAll(l.free());
            b.visible.bind(self);
        } else {
            if (l.free() != null) {
                throw new MalformedIr("procedure " + l.name() + " lists free variables before convert-closures");
            }
            b = new Body(l, outer);
        }
        b.visible.bindAll(params);
        b.locals.bindAll(params);
        walk(l.body(), true, b);
        b.visible.unbindAll(params);
        checkPoints(b);
    }

    private void checkPoints(Body b) {
        if (!closed) {
            if (b.points.stream().anyMatch(p -> p != -1)) {
                throw new MalformedIr("resume points of " + b.lambda.name() + " are numbered before convert-closures");
            }
            return;
        }
        List<Integer> sorted = new ArrayList<>(b.points);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) != i) {
                throw new MalformedIr("resume points of " + b.lambda.name() + " are not numbered 0.." + (sorted.size() - 1)
                        + ": " + b.points);
            }
        }
        if (sorted.size() != b.lambda.resumePoints()) {
            throw new MalformedIr(b.lambda.name() + " counts " + b.lambda.resumePoints() + " resume points and has "
                    + sorted.size());
        }
    }

    private void walk(Anf a, boolean tail, Body b) {
        if (a instanceof Anf.Const || a instanceof Anf.Global) {
            return;
        } else if (a instanceof Anf.Local l) {
            use(l.var(), a, b);
        } else if (a instanceof Anf.BoxRef r) {
            use(r.box(), a, b);
        } else if (a instanceof Anf.BoxSet s) {
            use(s.box(), a, b);
            walk(s.value(), false, b);
        } else if (a instanceof Anf.Prim p) {
            p.args().forEach(x -> walk(x, false, b));
        } else if (a instanceof Anf.Closure c) {
            lambda(c.lambda(), null, b.visible);
        } else if (a instanceof Anf.DefGlobal d) {
            walk(d.value(), false, b);
        } else if (a instanceof Anf.SetGlobal s) {
            walk(s.value(), false, b);
        } else if (a instanceof Anf.MakeBox m) {
            walk(m.value(), false, b);
        } else if (a instanceof Anf.If i) {
            walk(i.test(), false, b);
            walk(i.then(), tail, b);
            walk(i.otherwise(), tail, b);
        } else if (a instanceof Anf.Let l) {
            walk(l.init(), false, b);
            bind(l.var(), b);
            walk(l.body(), tail, b);
            unbind(l.var(), b);
        } else if (a instanceof Anf.LetCall c) {
            walk(c.fn(), false, b);
            c.args().forEach(x -> walk(x, false, b));
            letCall(c, b);
            bind(c.var(), b);
            walk(c.body(), tail, b);
            unbind(c.var(), b);
        } else if (a instanceof Anf.TailCall c) {
            if (!tail) {
                throw new MalformedIr("a tail call not in tail position in " + b.lambda.name() + ": " + IrPrinter.anf(a));
            }
            walk(c.fn(), false, b);
            c.args().forEach(x -> walk(x, false, b));
        } else if (a instanceof Anf.Letrec l) {
            if (l.vars().size() != l.lambdas().size()) {
                throw new MalformedIr("a letrec of " + l.vars().size() + " variables and " + l.lambdas().size() + " lambdas");
            }
            l.vars().forEach(v -> bind(v, b));
            for (int i = 0; i < l.vars().size(); i++) {
                lambda(l.lambdas().get(i), l.vars().get(i), b.visible);
            }
            walk(l.body(), tail, b);
            l.vars().forEach(v -> unbind(v, b));
        } else {
            throw new MalformedIr("not an anf form: " + a);
        }
    }

    private void letCall(Anf.LetCall c, Body b) {
        b.points.add(c.point());
        if (!closed) {
            if (c.live() != null) {
                throw new MalformedIr("a call lists live variables before convert-closures: " + IrPrinter.anf(c));
            }
            return;
        }
        if (c.live() == null) {
            throw new MalformedIr("resume point " + c.point() + " of " + b.lambda.name() + " lists no live variables");
        }
        for (Var v : c.live()) {
            if (!b.locals.contains(v)) {
                throw new MalformedIr("live variable " + v + " of resume point " + c.point() + " in " + b.lambda.name()
                        + " is not a local bound there");
            }
        }
    }

    private static void bind(Var v, Body b) {
        b.visible.bind(v);
        b.locals.bind(v);
    }

    private static void unbind(Var v, Body b) {
        b.visible.unbind(v);
        b.locals.unbind(v);
    }

    private static void use(Var v, Anf where, Body b) {
        if (!b.visible.contains(v)) {
            throw new MalformedIr("variable " + v + " is used outside its scope in " + b.lambda.name() + ": "
                    + IrPrinter.anf(where));
        }
    }
}
