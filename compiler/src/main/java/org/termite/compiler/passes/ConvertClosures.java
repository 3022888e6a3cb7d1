package org.termite.compiler.passes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfRewriter;
import org.termite.compiler.ir.Var;

/**
 * convert-closures: Anf -> Anf where every lambda lists its free variables and every resume point is numbered
 * with its live variables.
 *
 * <p>A closure is its code plus the values of its free variables (DESIGN: "a closure is its code's stable ID
 * plus its free values"). A lambda bound by a letrec does not list its own variable: inside its body that
 * variable is the closure itself. Lists are sorted by variable id so the output is deterministic.
 *
 * <p>Resume points are numbered 0, 1, ... in the order the code generator meets them; a point's live
 * variables are those its continuation uses that the procedure holds in JVM locals: free in the continuation,
 * but neither free in the procedure (those are fields of the closure, saved with it) nor its self variable.
 */
public final class ConvertClosures {
    private static final Comparator<Var> BY_ID = Comparator.comparingInt(Var::id);

    private final FreeVariables fv = new FreeVariables();

    private ConvertClosures() {}

    public static Anf.Lambda run(Anf.Lambda toplevel) {
        return new ConvertClosures().lambda(toplevel, null);
    }

    private Anf.Lambda lambda(Anf.Lambda l, Var self) {
        Anf body = convert(l.body());
        Anf.Lambda withBody = new Anf.Lambda(l.required(), l.optional(), l.rest(), body, l.name(), l.pos(), null, 0);
        List<Var> free = new ArrayList<>(fv.ofLambda(withBody));
        free.remove(self);
        free.sort(BY_ID);
        Numbering n = new Numbering(free, self);
        Anf numbered = n.number(body, Set.of());
        return new Anf.Lambda(l.required(), l.optional(), l.rest(), numbered, l.name(), l.pos(), List.copyOf(free), n.count);
    }

    /** Closure-converts the procedures nested in a body; the body's own forms are kept. */
    private Anf convert(Anf body) {
        return new AnfRewriter() {
            @Override
            public Anf rewrite(Anf a) {
                if (a instanceof Anf.Letrec l) {
                    List<Anf.Lambda> lambdas = new ArrayList<>();
                    for (int i = 0; i < l.vars().size(); i++) {
                        lambdas.add(lambda(l.lambdas().get(i), l.vars().get(i)));
                    }
                    return new Anf.Letrec(l.vars(), List.copyOf(lambdas), rewrite(l.body()));
                }
                return rebuildParts(a);
            }

            @Override
            public Anf.Lambda rewriteLambda(Anf.Lambda l) {
                return lambda(l, null);
            }
        }.rewrite(body);
    }

    /** Numbers the resume points of one procedure body (not of the lambdas nested in it). */
    private final class Numbering {
        private final Set<Var> notLocal;
        int count;

        Numbering(List<Var> free, Var self) {
            notLocal = new java.util.HashSet<>(free);
            if (self != null) {
                notLocal.add(self);
            }
        }

        /** {@code after}: variables used once {@code a} has produced its value (a let body around it). */
        Anf number(Anf a, Set<Var> after) {
            if (a instanceof Anf.If i) {
                return new Anf.If(i.test(), number(i.then(), after), number(i.otherwise(), after), i.pos());
            }
            if (a instanceof Anf.Let l) {
                Set<Var> afterInit = new java.util.HashSet<>(fv.of(l.body()));
                afterInit.remove(l.var());
                afterInit.addAll(after);
                return new Anf.Let(l.var(), number(l.init(), afterInit), number(l.body(), after));
            }
            if (a instanceof Anf.Letrec l) {
                return new Anf.Letrec(l.vars(), l.lambdas(), number(l.body(), after));
            }
            if (a instanceof Anf.LetCall c) {
                int point = count++;
                Set<Var> liveSet = new java.util.HashSet<>(fv.of(c.body()));
                liveSet.remove(c.var());
                liveSet.addAll(after);
                liveSet.removeAll(notLocal);
                List<Var> live = new ArrayList<>(liveSet);
                live.sort(BY_ID);
                Anf body = number(c.body(), after);
                return new Anf.LetCall(c.var(), c.fn(), c.args(), c.spread(), body, point, List.copyOf(live), c.pos());
            }
            return a;
        }
    }
}
