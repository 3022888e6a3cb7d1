package org.termite.runtime.exec;

import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/** Small helpers that generated code calls; each is a candidate for JIT inlining, so they stay tiny. */
public final class Rt {
    private Rt() {}

    /** The procedure to call, or the error that names the non-procedure. */
    public static Procedure proc(Object f) {
        if (f instanceof Procedure p) {
            return p;
        }
        throw SchemeError.error("not a procedure:", f);
    }

    /** {@code f: expects 1 argument, got 2}; {@code max} is -1 when there is no upper bound. */
    public static SchemeError arityError(Procedure p, int given, int min, int max) {
        return SchemeError.error(p.name() + ": expects " + expected(min, max) + ", got " + given);
    }

    /** For a procedure that cannot say what it expects. */
    public static SchemeError arityError(Procedure p, int given) {
        return SchemeError.error(p.name() + ": does not take " + arguments(given) + ", got " + given);
    }

    static String expected(int min, int max) {
        if (min == max) {
            return arguments(min);
        }
        if (max < 0) {
            return "at least " + arguments(min);
        }
        return min + (max == min + 1 ? " or " : " to ") + arguments(max);
    }

    private static String arguments(int n) {
        return n == 0 ? "no arguments" : n == 1 ? "1 argument" : n + " arguments";
    }

    public static Object bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    /** The arguments from index {@code from} on, as a fresh list (a rest parameter). */
    public static Object restList(Object[] args, int from) {
        Object list = Nil.NIL;
        for (int i = args.length - 1; i >= from; i--) {
            list = new Pair(args[i], list);
        }
        return list;
    }

    /** A symbol literal. */
    public static Symbol symbol(String name) {
        return Symbol.of(name);
    }

    /** A string literal. */
    public static MString string(String text) {
        return MString.of(text);
    }

    /** Calls {@code f} with the elements of {@code spread}'s last element appended to its others (apply). */
    public static Object apply(int d, Object f, Object[] spread) {
        Procedure p = proc(f);
        return p.call(d, spreadArguments(spread));
    }

    /** The arguments of apply: {@code spread}'s elements but the last, then the elements of its last, a list. */
    public static Object[] spreadArguments(Object[] spread) {
        int fixed = spread.length - 1;
        Object list = spread[fixed];
        int n = fixed;
        for (Object l = list; l instanceof Pair q; l = q.cdr) {
            n++;
        }
        Object[] args = new Object[n];
        System.arraycopy(spread, 0, args, 0, fixed);
        int i = fixed;
        Object l = list;
        for (; l instanceof Pair q; l = q.cdr) {
            args[i++] = q.car;
        }
        if (l != Nil.NIL) {
            throw SchemeError.wrongType("apply", "list", list);
        }
        return args;
    }


    /** Checks an argument count against a procedure's minimum and maximum ({@code max} -1: no maximum). */
    public static void checkArity(Procedure p, Object[] args, int min, int max) {
        if (args.length < min || (max >= 0 && args.length > max)) {
            throw arityError(p, args.length, min, max);
        }
    }

    /** An optional argument, or #!default when it was not supplied. */
    public static Object optionalArg(Object[] args, int i) {
        return i < args.length ? args[i] : DefaultObject.VALUE;
    }

    public static RuntimeException badResumePoint(Procedure p, int point) {
        return new IllegalStateException(p.name() + " has no resume point " + point);
    }
}
