package org.termite.runtime.prims;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * Pairs and lists (R7RS, SRFI 1's first-order subset, Gambit's list-head). Procedures taking a predicate are
 * written in Scheme. Arguments that must be lists are checked, circular lists included, before anything is
 * allocated, so a bad argument gives an error rather than an endless loop.
 *
 * <p>The file is longer than most because every primitive must be declared in this class (it is the one
 * registered for lists); the algorithms themselves live in {@link Lists} and {@link ListBuild}.
 */
public final class ListPrims {
    private static final Long ZERO = 0L;

    private ListPrims() {}

    @Primitive("pair?")
    public static boolean isPair(Object x) {
        return x instanceof Pair;
    }

    @Primitive("cons")
    public static Object cons(Object a, Object b) {
        return new Pair(a, b);
    }

    @Primitive("car")
    public static Object car(Object x) {
        if (x instanceof Pair p) {
            return p.car;
        }
        throw SchemeError.wrongType("car", "pair", x);
    }

    @Primitive("cdr")
    public static Object cdr(Object x) {
        if (x instanceof Pair p) {
            return p.cdr;
        }
        throw SchemeError.wrongType("cdr", "pair", x);
    }

    @Primitive("set-car!")
    public static void setCar(Object x, Object v) {
        if (!(x instanceof Pair p)) {
            throw SchemeError.wrongType("set-car!", "pair", x);
        }
        p.car = v;
    }

    @Primitive("set-cdr!")
    public static void setCdr(Object x, Object v) {
        if (!(x instanceof Pair p)) {
            throw SchemeError.wrongType("set-cdr!", "pair", x);
        }
        p.cdr = v;
    }

    private static Object a(Object x, String who) {
        if (x instanceof Pair p) {
            return p.car;
        }
        throw SchemeError.wrongType(who, "pair", x);
    }

    private static Object d(Object x, String who) {
        if (x instanceof Pair p) {
            return p.cdr;
        }
        throw SchemeError.wrongType(who, "pair", x);
    }

    // The 28 compositions; the error names the composed procedure and the value that was not a pair.
    @Primitive("caar")
    public static Object caar(Object x) { return a(a(x, "caar"), "caar"); }
    @Primitive("cadr")
    public static Object cadr(Object x) { return a(d(x, "cadr"), "cadr"); }
    @Primitive("cdar")
    public static Object cdar(Object x) { return d(a(x, "cdar"), "cdar"); }
    @Primitive("cddr")
    public static Object cddr(Object x) { return d(d(x, "cddr"), "cddr"); }
    @Primitive("caaar")
    public static Object caaar(Object x) { return a(a(a(x, "caaar"), "caaar"), "caaar"); }
    @Primitive("caadr")
    public static Object caadr(Object x) { return a(a(d(x, "caadr"), "caadr"), "caadr"); }
    @Primitive("cadar")
    public static Object cadar(Object x) { return a(d(a(x, "cadar"), "cadar"), "cadar"); }
    @Primitive("caddr")
    public static Object caddr(Object x) { return a(d(d(x, "caddr"), "caddr"), "caddr"); }
    @Primitive("cdaar")
    public static Object cdaar(Object x) { return d(a(a(x, "cdaar"), "cdaar"), "cdaar"); }
    @Primitive("cdadr")
    public static Object cdadr(Object x) { return d(a(d(x, "cdadr"), "cdadr"), "cdadr"); }
    @Primitive("cddar")
    public static Object cddar(Object x) { return d(d(a(x, "cddar"), "cddar"), "cddar"); }
    @Primitive("cdddr")
    public static Object cdddr(Object x) { return d(d(d(x, "cdddr"), "cdddr"), "cdddr"); }
    @Primitive("caaaar")
    public static Object caaaar(Object x) { return a(a(a(a(x, "caaaar"), "caaaar"), "caaaar"), "caaaar"); }
    @Primitive("caaadr")
    public static Object caaadr(Object x) { return a(a(a(d(x, "caaadr"), "caaadr"), "caaadr"), "caaadr"); }
    @Primitive("caadar")
    public static Object caadar(Object x) { return a(a(d(a(x, "caadar"), "caadar"), "caadar"), "caadar"); }
    @Primitive("caaddr")
    public static Object caaddr(Object x) { return a(a(d(d(x, "caaddr"), "caaddr"), "caaddr"), "caaddr"); }
    @Primitive("cadaar")
    public static Object cadaar(Object x) { return a(d(a(a(x, "cadaar"), "cadaar"), "cadaar"), "cadaar"); }
    @Primitive("cadadr")
    public static Object cadadr(Object x) { return a(d(a(d(x, "cadadr"), "cadadr"), "cadadr"), "cadadr"); }
    @Primitive("caddar")
    public static Object caddar(Object x) { return a(d(d(a(x, "caddar"), "caddar"), "caddar"), "caddar"); }
    @Primitive("cadddr")
    public static Object cadddr(Object x) { return a(d(d(d(x, "cadddr"), "cadddr"), "cadddr"), "cadddr"); }
    @Primitive("cdaaar")
    public static Object cdaaar(Object x) { return d(a(a(a(x, "cdaaar"), "cdaaar"), "cdaaar"), "cdaaar"); }
    @Primitive("cdaadr")
    public static Object cdaadr(Object x) { return d(a(a(d(x, "cdaadr"), "cdaadr"), "cdaadr"), "cdaadr"); }
    @Primitive("cdadar")
    public static Object cdadar(Object x) { return d(a(d(a(x, "cdadar"), "cdadar"), "cdadar"), "cdadar"); }
    @Primitive("cdaddr")
    public static Object cdaddr(Object x) { return d(a(d(d(x, "cdaddr"), "cdaddr"), "cdaddr"), "cdaddr"); }
    @Primitive("cddaar")
    public static Object cddaar(Object x) { return d(d(a(a(x, "cddaar"), "cddaar"), "cddaar"), "cddaar"); }
    @Primitive("cddadr")
    public static Object cddadr(Object x) { return d(d(a(d(x, "cddadr"), "cddadr"), "cddadr"), "cddadr"); }
    @Primitive("cdddar")
    public static Object cdddar(Object x) { return d(d(d(a(x, "cdddar"), "cdddar"), "cdddar"), "cdddar"); }
    @Primitive("cddddr")
    public static Object cddddr(Object x) { return d(d(d(d(x, "cddddr"), "cddddr"), "cddddr"), "cddddr"); }

    @Primitive("null?")
    public static boolean isNull(Object x) {
        return x == Nil.NIL;
    }

    @Primitive("list?")
    public static boolean isList(Object x) {
        return Lists.properLength(x) >= 0;
    }

    @Primitive("list")
    public static Object list(Object... xs) {
        return Pair.list(xs);
    }

    @Primitive({"cons*", "list*"})
    public static Object consStar(Object first, Object... rest) {
        if (rest.length == 0) {
            return first;
        }
        Object r = rest[rest.length - 1];
        for (int i = rest.length - 2; i >= 0; i--) {
            r = new Pair(rest[i], r);
        }
        return new Pair(first, r);
    }

    /** Gambit fills with 0 when no fill is given. */
    @Primitive("make-list")
    public static Object makeList(Object k) {
        return makeList(k, ZERO);
    }

    @Primitive("make-list")
    public static Object makeList(Object k, Object fill) {
        int n = SeqArgs.count("make-list", k);
        Object r = Nil.NIL;
        for (int i = 0; i < n; i++) {
            r = new Pair(fill, r);
        }
        return r;
    }

    @Primitive("length")
    public static Object length(Object x) {
        long n = Lists.properLength(x);
        if (n < 0) {
            throw SchemeError.wrongType("length", "list", x);
        }
        return n;
    }

    /** Proper length, or #f for a circular list; a dotted list counts its pairs. */
    @Primitive("length+")
    public static Object lengthPlus(Object x) {
        long n = Lists.pairCount(x);
        return n < 0 ? (Object) Boolean.FALSE : (Object) n;
    }

    @Primitive("append")
    public static Object append(Object a, Object b) {
        return Lists.copyOnto("append", a, b);
    }

    /** Every argument but the last is copied; the last becomes the shared tail, whatever it is. */
    @Primitive("append")
    public static Object append(Object... xs) {
        if (xs.length == 0) {
            return Nil.NIL;
        }
        Object r = xs[xs.length - 1];
        for (int i = xs.length - 2; i >= 0; i--) {
            r = Lists.copyOnto("append", xs[i], r);
        }
        return r;
    }

    /** Links each non-empty argument's last pair to the rest; the last argument is the tail as it is. */
    @Primitive("append!")
    public static Object appendInPlace(Object... xs) {
        if (xs.length == 0) {
            return Nil.NIL;
        }
        Object r = xs[xs.length - 1];
        for (int i = xs.length - 2; i >= 0; i--) {
            Object x = xs[i];
            if (x != Nil.NIL) {
                Lists.checkedLength("append!", x);
                Lists.lastPair("append!", x).cdr = r;
                r = x;
            }
        }
        return r;
    }

    @Primitive("concatenate")
    public static Object concatenate(Object lists) {
        int n = Lists.checkedLength("concatenate", lists);
        Object[] xs = new Object[n];
        int i = 0;
        for (Object l = lists; l instanceof Pair p; l = p.cdr) {
            xs[i++] = p.car;
        }
        return append(xs);
    }

    @Primitive("reverse")
    public static Object reverse(Object x) {
        Lists.checkedLength("reverse", x);
        return Lists.reverse("reverse", x);
    }

    @Primitive("reverse!")
    public static Object reverseInPlace(Object x) {
        Lists.checkedLength("reverse!", x);
        Object r = Nil.NIL;
        Object l = x;
        while (l instanceof Pair p) {
            l = p.cdr;
            p.cdr = r;
            r = p;
        }
        return r;
    }

    @Primitive("list-tail")
    public static Object listTail(Object x, Object k) {
        return Lists.tail("list-tail", x, k);
    }

    @Primitive("drop")
    public static Object drop(Object x, Object k) {
        return Lists.tail("drop", x, k);
    }

    @Primitive("list-ref")
    public static Object listRef(Object x, Object k) {
        return Lists.pairAt("list-ref", x, k).car;
    }

    @Primitive("list-set!")
    public static void listSet(Object x, Object k, Object v) {
        Lists.pairAt("list-set!", x, k).car = v;
    }

    /** Copies the spine; an improper tail is kept and a non-list is returned as it is, as R7RS says. */
    @Primitive("list-copy")
    public static Object listCopy(Object x) {
        if (Lists.pairCount(x) < 0) {
            throw SchemeError.wrongType("list-copy", "list", x);
        }
        ListBuild.Builder b = new ListBuild.Builder();
        Object l = x;
        for (; l instanceof Pair p; l = p.cdr) {
            b.add(p.car);
        }
        return b.finish(l);
    }

    @Primitive("last-pair")
    public static Object lastPair(Object x) {
        return Lists.lastPair("last-pair", x);
    }

    @Primitive("last")
    public static Object last(Object x) {
        return Lists.lastPair("last", x).car;
    }

    @Primitive("take")
    public static Object take(Object x, Object k) {
        return ListBuild.take("take", x, k);
    }

    @Primitive("list-head")
    public static Object listHead(Object x, Object k) {
        return ListBuild.take("list-head", x, k);
    }

    @Primitive("take-right")
    public static Object takeRight(Object x, Object k) {
        return ListBuild.takeRight(x, k);
    }

    @Primitive("drop-right")
    public static Object dropRight(Object x, Object k) {
        return ListBuild.dropRight(x, k);
    }

    @Primitive("first")
    public static Object first(Object x) { return Lists.nth("first", x, 0); }

    @Primitive("second")
    public static Object second(Object x) { return Lists.nth("second", x, 1); }

    @Primitive("third")
    public static Object third(Object x) { return Lists.nth("third", x, 2); }

    @Primitive("fourth")
    public static Object fourth(Object x) { return Lists.nth("fourth", x, 3); }

    @Primitive("fifth")
    public static Object fifth(Object x) { return Lists.nth("fifth", x, 4); }

    @Primitive("sixth")
    public static Object sixth(Object x) { return Lists.nth("sixth", x, 5); }

    @Primitive("seventh")
    public static Object seventh(Object x) { return Lists.nth("seventh", x, 6); }

    @Primitive("eighth")
    public static Object eighth(Object x) { return Lists.nth("eighth", x, 7); }

    @Primitive("ninth")
    public static Object ninth(Object x) { return Lists.nth("ninth", x, 8); }

    @Primitive("tenth")
    public static Object tenth(Object x) { return Lists.nth("tenth", x, 9); }

    @Primitive("memq")
    public static Object memq(Object item, Object list) {
        Object l = list;
        for (; l instanceof Pair p; l = p.cdr) {
            if (EquivalencePrims.isEq(item, p.car)) {
                return p;
            }
        }
        return notFound("memq", l, list);
    }

    @Primitive("memv")
    public static Object memv(Object item, Object list) {
        Object l = list;
        for (; l instanceof Pair p; l = p.cdr) {
            if (EquivalencePrims.isEqv(item, p.car)) {
                return p;
            }
        }
        return notFound("memv", l, list);
    }

    @Primitive("%member-equal")
    public static Object member(Object item, Object list) {
        Object l = list;
        for (; l instanceof Pair p; l = p.cdr) {
            if (EquivalencePrims.isEqual(item, p.car)) {
                return p;
            }
        }
        return notFound("member", l, list);
    }

    private static Object notFound(String who, Object end, Object list) {
        if (end != Nil.NIL) {
            throw SchemeError.wrongType(who, "list", list);
        }
        return Boolean.FALSE;
    }

    @Primitive("assq")
    public static Object assq(Object key, Object alist) {
        Object l = alist;
        for (; l instanceof Pair p; l = p.cdr) {
            if (!(p.car instanceof Pair e)) {
                throw Lists.notAlist("assq", alist);
            }
            if (EquivalencePrims.isEq(key, e.car)) {
                return e;
            }
        }
        return notFoundInAlist("assq", l, alist);
    }

    @Primitive("assv")
    public static Object assv(Object key, Object alist) {
        Object l = alist;
        for (; l instanceof Pair p; l = p.cdr) {
            if (!(p.car instanceof Pair e)) {
                throw Lists.notAlist("assv", alist);
            }
            if (EquivalencePrims.isEqv(key, e.car)) {
                return e;
            }
        }
        return notFoundInAlist("assv", l, alist);
    }

    @Primitive("%assoc-equal")
    public static Object assoc(Object key, Object alist) {
        Object l = alist;
        for (; l instanceof Pair p; l = p.cdr) {
            if (!(p.car instanceof Pair e)) {
                throw Lists.notAlist("assoc", alist);
            }
            if (EquivalencePrims.isEqual(key, e.car)) {
                return e;
            }
        }
        return notFoundInAlist("assoc", l, alist);
    }

    private static Object notFoundInAlist(String who, Object end, Object alist) {
        if (end != Nil.NIL) {
            throw Lists.notAlist(who, alist);
        }
        return Boolean.FALSE;
    }

    @Primitive("iota")
    public static Object iota(Object count) {
        return ListBuild.iota(count, ZERO, 1L);
    }

    @Primitive("iota")
    public static Object iota(Object count, Object start) {
        return ListBuild.iota(count, start, 1L);
    }

    @Primitive("iota")
    public static Object iota(Object count, Object start, Object step) {
        return ListBuild.iota(count, start, step);
    }

    @Primitive("delete")
    public static Object delete(Object item, Object list) {
        return ListBuild.delete(item, list);
    }

    @Primitive("delete!")
    public static Object deleteInPlace(Object item, Object list) {
        return ListBuild.deleteInPlace(item, list);
    }

    @Primitive("%delete-duplicates-equal")
    public static Object deleteDuplicates(Object list) {
        return ListBuild.deleteDuplicates(list);
    }
}
