package org.termite.runtime.prims;

import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.value.Pair;

/**
 * A case-lambda: calls the first clause whose arity accepts the arguments, as a tail call. Its clauses are public
 * (as copies) because that is how it travels: serialization writes each clause's arity and procedure.
 */
public final class CaseLambda extends Procedure {
    private final int[] required;
    private final boolean[] rest;
    private final Procedure[] clauses;

    CaseLambda(Object arities, Object[] clauses) {
        this.clauses = new Procedure[clauses.length];
        this.required = new int[clauses.length];
        this.rest = new boolean[clauses.length];
        Object l = arities;
        for (int i = 0; i < clauses.length; i++) {
            Pair arity = (Pair) ((Pair) l).car;
            required[i] = ((Long) arity.car).intValue();
            rest[i] = arity.cdr == Boolean.TRUE;
            this.clauses[i] = (Procedure) clauses[i];
            l = ((Pair) l).cdr;
        }
    }

    /** How many arguments each clause requires. */
    public int[] required() {
        return required.clone();
    }

    /** Whether each clause takes more arguments as a rest list. */
    public boolean[] rest() {
        return rest.clone();
    }

    public Procedure[] clauses() {
        return clauses.clone();
    }

    private Procedure choose(int n) {
        for (int i = 0; i < clauses.length; i++) {
            if (n == required[i] || (rest[i] && n >= required[i])) {
                return clauses[i];
            }
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < clauses.length; i++) {
            min = Math.min(min, required[i]);
            max = rest[i] || max < 0 ? -1 : Math.max(max, required[i]);
        }
        throw Rt.arityError(this, n, min, max);
    }

    @Override
    public Object apply0(int d) {
        return choose(0).apply0(d);
    }

    @Override
    public Object apply1(int d, Object a) {
        return choose(1).apply1(d, a);
    }

    @Override
    public Object apply2(int d, Object a, Object b) {
        return choose(2).apply2(d, a, b);
    }

    @Override
    public Object apply3(int d, Object a, Object b, Object c) {
        return choose(3).apply3(d, a, b, c);
    }

    @Override
    public Object applyN(int d, Object[] args) {
        return choose(args.length).call(d, args);
    }

    @Override
    public String name() {
        return "case-lambda";
    }
}
