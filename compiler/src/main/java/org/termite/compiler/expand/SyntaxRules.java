package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * A syntax-rules macro. Matching binds pattern variables to pieces of the use; instantiation copies the
 * template, substituting them and renaming every other template identifier to an {@link Alias} closed over the
 * definition environment, one alias per identifier per expansion. That renaming is the whole of hygiene: see
 * {@link Env#resolve}.
 *
 * <p>Supports literals, {@code _}, nested ellipses, ellipses followed by more patterns, dotted tails,
 * vectors, a custom ellipsis identifier, and the {@code (... ...)} escape.
 */
public final class SyntaxRules implements Transformer {
    private final Object ellipsis;
    private final List<Object> literals;
    private final List<Object[]> rules;
    private final Env defEnv;
    private final SourcePos defPos;

    /** A sequence of matches for a pattern followed by an ellipsis. */
    private record Seq(List<Map<Object, Object>> items) {}

    public SyntaxRules(Object spec, Env defEnv, SourcePos pos) {
        this.defEnv = defEnv;
        this.defPos = pos;
        List<Object> parts = Syntax.list(spec, pos, "syntax-rules");
        int i = 1;
        if (parts.size() > 1 && Env.isIdentifier(parts.get(1))) {
            ellipsis = parts.get(1);
            i = 2;
        } else {
            ellipsis = null;
        }
        if (parts.size() <= i) {
            throw new CompileError(pos, "syntax-rules: missing literals list");
        }
        literals = Syntax.list(parts.get(i), pos, "syntax-rules literals");
        rules = new ArrayList<>();
        for (Object rule : parts.subList(i + 1, parts.size())) {
            List<Object> r = Syntax.list(rule, pos, "syntax-rules rule");
            if (r.size() != 2 || !(r.get(0) instanceof Pair)) {
                throw new CompileError(pos, "syntax-rules: a rule must be (pattern template)");
            }
            rules.add(new Object[] {r.get(0), r.get(1)});
        }
    }

    @Override
    public Object transform(Object form, Env useEnv, Expander expander) {
        for (Object[] rule : rules) {
            Map<Object, Object> b = new IdentityHashMap<>();
            // The keyword position of the pattern is ignored.
            if (match(((Pair) rule[0]).cdr, ((Pair) form).cdr, b, useEnv)) {
                return instantiate(rule[1], b, new HashMap<>(), true);
            }
        }
        throw new CompileError(expander.posOf(form, defPos),
                "no syntax rule matches " + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(form)));
    }

    private boolean isEllipsis(Object x) {
        if (ellipsis != null) {
            return x == ellipsis;
        }
        return Syntax.isSymbolNamed(x, "...");
    }

    private boolean isLiteral(Object x) {
        for (Object l : literals) {
            if (l == x) {
                return true;
            }
        }
        return false;
    }

    private boolean match(Object pat, Object form, Map<Object, Object> b, Env useEnv) {
        if (Env.isIdentifier(pat)) {
            if (isLiteral(pat)) {
                return Env.isIdentifier(form) && sameBinding(form, useEnv, pat);
            }
            if (!Syntax.isSymbolNamed(pat, "_")) {
                b.put(pat, form);
            }
            return true;
        }
        if (pat instanceof Pair p) {
            if (p.cdr instanceof Pair next && isEllipsis(next.car)) {
                return matchEllipsis(p.car, next.cdr, form, b, useEnv);
            }
            return form instanceof Pair f && match(p.car, f.car, b, useEnv) && match(p.cdr, f.cdr, b, useEnv);
        }
        if (pat == Nil.NIL) {
            return form == Nil.NIL;
        }
        if (pat instanceof Object[] pv) {
            return form instanceof Object[] fv && match(Syntax.fromList(List.of(pv)), Syntax.fromList(List.of(fv)), b, useEnv);
        }
        return java.util.Objects.equals(pat, form);
    }

    private boolean matchEllipsis(Object repeated, Object after, Object form, Map<Object, Object> b, Env useEnv) {
        int afterCount = 0;
        for (Object l = after; l instanceof Pair p; l = p.cdr) {
            afterCount++;
        }
        List<Object> items = new ArrayList<>();
        Object l = form;
        for (; l instanceof Pair p; l = p.cdr) {
            items.add(p.car);
        }
        int repeats = items.size() - afterCount;
        if (repeats < 0) {
            return false;
        }
        List<Map<Object, Object>> matches = new ArrayList<>();
        Object rest = form;
        for (int i = 0; i < repeats; i++) {
            Map<Object, Object> mb = new IdentityHashMap<>();
            if (!match(repeated, items.get(i), mb, useEnv)) {
                return false;
            }
            matches.add(mb);
            rest = ((Pair) rest).cdr;
        }
        for (Object v : patternVars(repeated, new ArrayList<>())) {
            List<Map<Object, Object>> seq = new ArrayList<>();
            for (Map<Object, Object> m : matches) {
                Map<Object, Object> one = new IdentityHashMap<>();
                one.put(v, m.get(v));
                seq.add(one);
            }
            b.put(v, new Seq(seq));
        }
        return match(after, rest, b, useEnv);
    }

    private List<Object> patternVars(Object pat, List<Object> out) {
        if (Env.isIdentifier(pat)) {
            if (!isLiteral(pat) && !isEllipsis(pat) && !Syntax.isSymbolNamed(pat, "_")) {
                out.add(pat);
            }
        } else if (pat instanceof Pair p) {
            patternVars(p.car, out);
            patternVars(p.cdr, out);
        } else if (pat instanceof Object[] v) {
            for (Object e : v) {
                patternVars(e, out);
            }
        }
        return out;
    }

    private boolean sameBinding(Object form, Env useEnv, Object literal) {
        Binding a = useEnv.resolve(form);
        Binding c = defEnv.resolve(literal);
        if (a == null && c == null) {
            return Env.symbolOf(form) == Env.symbolOf(literal);
        }
        if (a instanceof Binding.Special sa && c instanceof Binding.Special sc) {
            return sa.name().equals(sc.name());
        }
        return a == c;
    }

    private Object instantiate(Object t, Map<Object, Object> b, Map<Object, Alias> renames, boolean ellipsisActive) {
        if (Env.isIdentifier(t)) {
            if (b.containsKey(t)) {
                Object v = b.get(t);
                if (v instanceof Seq) {
                    throw new CompileError(defPos, "syntax-rules: pattern variable " + t + " used without ellipsis");
                }
                return v;
            }
            return renames.computeIfAbsent(t, id -> new Alias(id, defEnv));
        }
        if (t instanceof Pair p) {
            if (ellipsisActive && isEllipsis(p.car) && p.cdr instanceof Pair escaped) {
                return instantiate(escaped.car, b, renames, false);
            }
            if (ellipsisActive && p.cdr instanceof Pair next && isEllipsis(next.car)) {
                Object rest = next.cdr;
                int depth = 1;
                while (rest instanceof Pair r && isEllipsis(r.car)) {
                    depth++;
                    rest = r.cdr;
                }
                List<Object> expanded = expandEllipsis(p.car, b, renames, depth);
                return Syntax.fromList(expanded, instantiate(rest, b, renames, true));
            }
            return new Pair(instantiate(p.car, b, renames, ellipsisActive), instantiate(p.cdr, b, renames, ellipsisActive));
        }
        if (t instanceof Object[] v) {
            List<Object> items = Syntax.list(instantiate(Syntax.fromList(List.of(v)), b, renames, ellipsisActive), defPos, "template");
            return items.toArray();
        }
        return t;
    }

    private List<Object> expandEllipsis(Object sub, Map<Object, Object> b, Map<Object, Alias> renames, int depth) {
        List<Object> vars = new ArrayList<>();
        for (Object v : templateVars(sub, b, new ArrayList<>())) {
            if (b.get(v) instanceof Seq) {
                vars.add(v);
            }
        }
        if (vars.isEmpty()) {
            throw new CompileError(defPos, "syntax-rules: no pattern variable before ellipsis in template");
        }
        int n = -1;
        for (Object v : vars) {
            int len = ((Seq) b.get(v)).items().size();
            if (n >= 0 && len != n) {
                throw new CompileError(defPos, "syntax-rules: pattern variables under one ellipsis matched different lengths");
            }
            n = len;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Object, Object> bi = new IdentityHashMap<>(b);
            for (Object v : vars) {
                bi.put(v, ((Seq) b.get(v)).items().get(i).get(v));
            }
            if (depth > 1) {
                out.addAll(expandEllipsis(sub, bi, renames, depth - 1));
            } else {
                out.add(instantiate(sub, bi, renames, true));
            }
        }
        return out;
    }

    private List<Object> templateVars(Object t, Map<Object, Object> b, List<Object> out) {
        if (Env.isIdentifier(t)) {
            if (b.containsKey(t)) {
                out.add(t);
            }
        } else if (t instanceof Pair p) {
            templateVars(p.car, b, out);
            templateVars(p.cdr, b, out);
        } else if (t instanceof Object[] v) {
            for (Object e : v) {
                templateVars(e, b, out);
            }
        }
        return out;
    }
}
