package org.termite.runtime.prims;

import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/** List walking shared by the list, vector and bytevector primitives. */
final class Lists {
    static final long CIRCULAR = -1;
    static final long DOTTED = -2;

    private Lists() {}

    /** The length of a proper list, {@link #CIRCULAR} or {@link #DOTTED}; tortoise and hare, no allocation. */
    static long properLength(Object x) {
        long n = 0;
        Object slow = x;
        Object fast = x;
        while (true) {
            if (fast == Nil.NIL) {
                return n;
            }
            if (!(fast instanceof Pair p)) {
                return DOTTED;
            }
            fast = p.cdr;
            n++;
            if (fast == Nil.NIL) {
                return n;
            }
            if (!(fast instanceof Pair q)) {
                return DOTTED;
            }
            fast = q.cdr;
            n++;
            slow = ((Pair) slow).cdr;
            if (fast == slow) {
                return CIRCULAR;
            }
        }
    }

    /** The number of pairs along the cdrs (the tail may be any object), or {@link #CIRCULAR}. */
    static long pairCount(Object x) {
        long n = 0;
        Object slow = x;
        Object fast = x;
        while (fast instanceof Pair p) {
            fast = p.cdr;
            n++;
            if (!(fast instanceof Pair q)) {
                break;
            }
            fast = q.cdr;
            n++;
            slow = ((Pair) slow).cdr;
            if (fast == slow) {
                return CIRCULAR;
            }
        }
        return n;
    }

    /** The length of {@code x}, which must be a proper list. */
    static int checkedLength(String who, Object x) {
        long n = properLength(x);
        if (n < 0) {
            throw SchemeError.wrongType(who, "list", x);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw SchemeError.error(who + ": list too long:", Long.valueOf(n));
        }
        return (int) n;
    }

    /** A fresh copy of the proper list {@code x}'s spine ending in {@code tail}. */
    static Object copyOnto(String who, Object x, Object tail) {
        if (properLength(x) < 0) {
            throw SchemeError.wrongType(who, "list", x);
        }
        if (x == Nil.NIL) {
            return tail;
        }
        Pair head = null;
        Pair last = null;
        for (Object l = x; l instanceof Pair p; l = p.cdr) {
            Pair c = new Pair(p.car, tail);
            if (head == null) {
                head = c;
            } else {
                last.cdr = c;
            }
            last = c;
        }
        return head;
    }

    static Object reverse(String who, Object x) {
        Object r = Nil.NIL;
        Object l = x;
        for (; l instanceof Pair p; l = p.cdr) {
            r = new Pair(p.car, r);
        }
        if (l != Nil.NIL) {
            throw SchemeError.wrongType(who, "list", x);
        }
        return r;
    }

    /** The pair {@code k} cdrs down {@code x}; out of range if the list is shorter. */
    static Object tail(String who, Object x, Object k) {
        long n = SeqArgs.listIndex(who, k, x);
        Object l = x;
        for (long i = 0; i < n; i++) {
            if (!(l instanceof Pair p)) {
                throw SchemeError.outOfRange(who, k, x);
            }
            l = p.cdr;
        }
        return l;
    }

    /** The pair holding element {@code k} of {@code x}. */
    static Pair pairAt(String who, Object x, Object k) {
        if (tail(who, x, k) instanceof Pair p) {
            return p;
        }
        throw SchemeError.outOfRange(who, k, x);
    }

    /** Element {@code n} (from 0) for first..tenth: {@code x} must have at least {@code n + 1} elements. */
    static Object nth(String who, Object x, int n) {
        Object l = x;
        for (int i = 0; i < n && l instanceof Pair p; i++) {
            l = p.cdr;
        }
        if (l instanceof Pair p) {
            return p.car;
        }
        if (x instanceof Pair) {
            throw SchemeError.error(who + ": list too short:", x);
        }
        throw SchemeError.wrongType(who, "pair", x);
    }

    static Pair lastPair(String who, Object x) {
        if (!(x instanceof Pair p)) {
            throw SchemeError.wrongType(who, "pair", x);
        }
        if (pairCount(x) < 0) {
            throw SchemeError.wrongType(who, "list", x);
        }
        while (p.cdr instanceof Pair q) {
            p = q;
        }
        return p;
    }

    static SchemeError notAlist(String who, Object alist) {
        return SchemeError.wrongType(who, "association list", alist);
    }
}
