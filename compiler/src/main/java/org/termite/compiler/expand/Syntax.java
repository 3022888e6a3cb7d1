package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/** Helpers for taking forms apart. */
public final class Syntax {
    private Syntax() {}

    /** The elements of a proper list, or a compile error naming {@code what}. */
    public static List<Object> list(Object form, SourcePos pos, String what) {
        List<Object> out = new ArrayList<>();
        Object l = form;
        for (; l instanceof Pair p; l = p.cdr) {
            out.add(p.car);
        }
        if (l != Nil.NIL) {
            throw new CompileError(pos, "bad syntax in " + what + ": improper list");
        }
        return out;
    }

    public static Object fromList(List<?> items) {
        return fromList(items, Nil.NIL);
    }

    public static Object fromList(List<?> items, Object tail) {
        Object l = tail;
        for (int i = items.size() - 1; i >= 0; i--) {
            l = new Pair(items.get(i), l);
        }
        return l;
    }

    public static Object list(Object... items) {
        return Pair.list(items);
    }


    /** Replaces every renamed identifier with the symbol it was written as: the meaning of quote. */
    public static Object strip(Object datum) {
        return strip(datum, new IdentityHashMap<>());
    }

    private static Object strip(Object datum, Map<Object, Object> done) {
        if (datum instanceof Alias a) {
            return a.symbol();
        }
        if (datum instanceof Pair || datum instanceof Object[]) {
            if (!containsAlias(datum, new IdentityHashMap<>())) {
                return datum;
            }
        }
        if (datum instanceof Pair p) {
            Object seen = done.get(p);
            if (seen != null) {
                return seen;
            }
            List<Object> items = new ArrayList<>();
            Object l = p;
            for (; l instanceof Pair q; l = q.cdr) {
                items.add(q.car);
            }
            Pair head = new Pair(null, Nil.NIL);
            done.put(p, head);
            Pair cur = head;
            for (int i = 0; i < items.size(); i++) {
                Pair cell = i == 0 ? head : new Pair(null, Nil.NIL);
                if (i > 0) {
                    cur.cdr = cell;
                }
                cell.car = strip(items.get(i), done);
                cur = cell;
            }
            cur.cdr = strip(l, done);
            return head;
        }
        if (datum instanceof Object[] v) {
            Object[] copy = new Object[v.length];
            done.put(v, copy);
            for (int i = 0; i < v.length; i++) {
                copy[i] = strip(v[i], done);
            }
            return copy;
        }
        return datum;
    }

    private static boolean containsAlias(Object datum, Map<Object, Boolean> seen) {
        Object x = datum;
        while (true) {
            if (x instanceof Alias) {
                return true;
            }
            if (x instanceof Pair p) {
                if (seen.put(p, Boolean.TRUE) != null) {
                    return false;
                }
                if (containsAlias(p.car, seen)) {
                    return true;
                }
                x = p.cdr;
            } else if (x instanceof Object[] v) {
                if (seen.put(v, Boolean.TRUE) != null) {
                    return false;
                }
                for (Object e : v) {
                    if (containsAlias(e, seen)) {
                        return true;
                    }
                }
                return false;
            } else {
                return false;
            }
        }
    }

    public static boolean isSymbolNamed(Object x, String name) {
        return Env.isIdentifier(x) && Env.symbolOf(x).name.equals(name);
    }

    /** True when {@code x} is the auxiliary keyword {@code name} (else, =>, ...) and not rebound locally. */
    public static boolean isKeyword(Object x, String name, Env env) {
        if (!isSymbolNamed(x, name)) {
            return false;
        }
        Binding b = env.resolve(x);
        return b == null || b instanceof Binding.Special;
    }

    public static Symbol sym(String name) {
        return Symbol.of(name);
    }
}
