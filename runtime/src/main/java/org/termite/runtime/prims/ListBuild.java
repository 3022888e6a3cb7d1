package org.termite.runtime.prims;

import java.math.BigInteger;
import java.util.HashSet;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.num.Num;
import org.termite.runtime.num.Ratnum;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/** The list primitives that build a new list from parts of others: iota, take, delete and friends. */
final class ListBuild {
    private ListBuild() {}

    /** Appends fresh pairs to a list under construction, keeping its head. */
    static final class Builder {
        private Pair head;
        private Pair last;

        void add(Object x) {
            Pair c = new Pair(x, Nil.NIL);
            if (head == null) {
                head = c;
            } else {
                last.cdr = c;
            }
            last = c;
        }

        /** The list built so far, ending in {@code tail}. */
        Object finish(Object tail) {
            if (head == null) {
                return tail;
            }
            last.cdr = tail;
            return head;
        }
    }

    /** Element i is start + i * step, computed afresh each time so that inexact steps do not accumulate error. */
    static Object iota(Object count, Object start, Object step) {
        int n = SeqArgs.count("iota", count);
        checkReal(start);
        checkReal(step);
        Object r = Nil.NIL;
        if (start instanceof Double || step instanceof Double) {
            double s = Num.toDouble(start);
            double t = Num.toDouble(step);
            for (int i = n - 1; i >= 0; i--) {
                r = new Pair(s + i * t, r);
            }
        } else if (start instanceof Long s && step instanceof Long t && fitsLong(s, t, n)) {
            for (int i = n - 1; i >= 0; i--) {
                r = new Pair(s + i * t, r);
            }
        } else {
            BigInteger[] s = ratio(start);
            BigInteger[] t = ratio(step);
            BigInteger den = s[1].multiply(t[1]);
            BigInteger base = s[0].multiply(t[1]);
            BigInteger inc = t[0].multiply(s[1]);
            for (int i = n - 1; i >= 0; i--) {
                r = new Pair(Ratnum.make(base.add(inc.multiply(BigInteger.valueOf(i))), den), r);
            }
        }
        return r;
    }

    private static boolean fitsLong(long s, long t, int n) {
        try {
            Math.addExact(s, Math.multiplyExact(t, (long) Math.max(n - 1, 0)));
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static void checkReal(Object x) {
        if (!Num.isNumber(x)) {
            throw SchemeError.wrongType("iota", "number", x);
        }
    }

    private static BigInteger[] ratio(Object x) {
        if (x instanceof Ratnum q) {
            return new BigInteger[] {q.num, q.den};
        }
        BigInteger b = x instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) x;
        return new BigInteger[] {b, BigInteger.ONE};
    }

    /** A fresh list of the first k elements of x. */
    static Object take(String who, Object x, Object k) {
        long n = SeqArgs.listIndex(who, k, x);
        Builder b = new Builder();
        Object l = x;
        for (long i = 0; i < n; i++) {
            if (!(l instanceof Pair p)) {
                throw SchemeError.outOfRange(who, k, x);
            }
            b.add(p.car);
            l = p.cdr;
        }
        return b.finish(Nil.NIL);
    }

    /** The last k pairs of x, shared: a lead pointer runs k pairs ahead of the result. */
    static Object takeRight(Object x, Object k) {
        Object lead = Lists.tail("take-right", x, k);
        Object lag = x;
        while (lead instanceof Pair p) {
            lead = p.cdr;
            lag = ((Pair) lag).cdr;
        }
        return lag;
    }

    /** A fresh list of all but the last k elements of x. */
    static Object dropRight(Object x, Object k) {
        Object lead = Lists.tail("drop-right", x, k);
        Builder b = new Builder();
        Object lag = x;
        while (lead instanceof Pair p) {
            lead = p.cdr;
            Pair q = (Pair) lag;
            b.add(q.car);
            lag = q.cdr;
        }
        return b.finish(Nil.NIL);
    }

    /** The elements of x not equal? to item, as a fresh list. */
    static Object delete(Object item, Object x) {
        Lists.checkedLength("delete", x);
        Builder b = new Builder();
        for (Object l = x; l instanceof Pair p; l = p.cdr) {
            if (!EquivalencePrims.isEqual(item, p.car)) {
                b.add(p.car);
            }
        }
        return b.finish(Nil.NIL);
    }

    /** Unlinks the pairs whose element is equal? to item; returns the new head. */
    static Object deleteInPlace(Object item, Object x) {
        Lists.checkedLength("delete!", x);
        Object head = x;
        while (head instanceof Pair p && EquivalencePrims.isEqual(item, p.car)) {
            head = p.cdr;
        }
        if (!(head instanceof Pair prev)) {
            return head;
        }
        while (prev.cdr instanceof Pair p) {
            if (EquivalencePrims.isEqual(item, p.car)) {
                prev.cdr = p.cdr;
            } else {
                prev = p;
            }
        }
        return head;
    }

    /** Keeps the first occurrence of each element; equal-hash keys make it linear rather than quadratic. */
    static Object deleteDuplicates(Object x) {
        Lists.checkedLength("delete-duplicates", x);
        HashSet<TableKey> seen = new HashSet<>();
        Builder b = new Builder();
        for (Object l = x; l instanceof Pair p; l = p.cdr) {
            if (seen.add(new TableKey(Equivalence.EQUAL, p.car))) {
                b.add(p.car);
            }
        }
        return b.finish(Nil.NIL);
    }
}
