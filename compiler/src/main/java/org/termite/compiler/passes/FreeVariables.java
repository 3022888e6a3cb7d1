package org.termite.compiler.passes;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfVisitor;
import org.termite.compiler.ir.Var;

/** Free variables of Anf expressions, memoized by node identity (the same subtree is asked about repeatedly). */
final class FreeVariables {
    private final Map<Object, Set<Var>> memo = new IdentityHashMap<>();

    Set<Var> of(Anf a) {
        Set<Var> cached = memo.get(a);
        if (cached != null) {
            return cached;
        }
        Set<Var> s = new HashSet<>();
        own(a, s);
        memo.put(a, s);
        return s;
    }

    /** The free variables of {@code a} from those of its parts: what it uses, less what it binds around them. */
    private void own(Anf a, Set<Var> s) {
        if (a instanceof Anf.Local l) {
            s.add(l.var());
        } else if (a instanceof Anf.BoxRef b) {
            s.add(b.box());
        } else if (a instanceof Anf.BoxSet b) {
            s.add(b.box());
            s.addAll(of(b.value()));
        } else if (a instanceof Anf.Let l) {
            s.addAll(of(l.body()));
            s.remove(l.var());
            s.addAll(of(l.init()));
        } else if (a instanceof Anf.LetCall c) {
            s.addAll(of(c.body()));
            s.remove(c.var());
            s.addAll(of(c.fn()));
            addAll(s, c.args());
        } else if (a instanceof Anf.Letrec l) {
            s.addAll(of(l.body()));
            for (Anf.Lambda lam : l.lambdas()) {
                s.addAll(ofLambda(lam));
            }
            l.vars().forEach(s::remove);
        } else {
            // a form that binds nothing: the union of its parts'
            new AnfVisitor() {
                @Override
                public void visit(Anf x) {
                    s.addAll(of(x));
                }

                @Override
                public void visitLambda(Anf.Lambda l) {
                    s.addAll(ofLambda(l));
                }
            }.visitParts(a);
        }
    }

    Set<Var> ofLambda(Anf.Lambda l) {
        Set<Var> cached = memo.get(l);
        if (cached != null) {
            return cached;
        }
        Set<Var> s = new HashSet<>(of(l.body()));
        l.required().forEach(s::remove);
        l.optional().forEach(s::remove);
        if (l.rest() != null) {
            s.remove(l.rest());
        }
        memo.put(l, s);
        return s;
    }

    private void addAll(Set<Var> s, List<? extends Anf> xs) {
        for (Anf x : xs) {
            s.addAll(of(x));
        }
    }
}
