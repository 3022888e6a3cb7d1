package org.termite.runtime.prims;

import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/** The key equivalences a hash table supports, each with its consistent hash. */
public enum Equivalence {
    EQ("eq?"), EQV("eqv?"), EQUAL("equal?"), STRING("string=?");

    /** The name of the Scheme procedure that selects this equivalence. */
    public final String procedureName;

    Equivalence(String procedureName) {
        this.procedureName = procedureName;
    }

    boolean same(Object a, Object b) {
        switch (this) {
            case EQ: return EquivalencePrims.isEq(a, b);
            case EQV: return EquivalencePrims.isEqv(a, b);
            default: return EquivalencePrims.isEqual(a, b);
        }
    }

    int hash(Object x) {
        switch (this) {
            case EQ: return EqualHash.eqHash(x);
            case EQV: return EqualHash.eqvHash(x);
            default: return EqualHash.equalHash(x);
        }
    }

    /** A key for this equivalence; string=? tables accept only strings. */
    TableKey key(String who, Object x) {
        if (this == STRING && !(x instanceof MString)) {
            throw SchemeError.wrongType(who, "string", x);
        }
        return new TableKey(this, x);
    }

    /**
     * The equivalence a procedure value stands for. Only the primitives themselves are recognised, by
     * identity with their global binding or by being the primitive of that name: an arbitrary predicate
     * could not be given a consistent hash here.
     */
    public static Equivalence of(String who, Object proc) {
        for (Equivalence e : values()) {
            Object bound = Globals.lookup(e.procedureName);
            if (proc == bound && bound != null
                    || proc instanceof PrimitiveProcedure p && p.name().equals(e.procedureName)) {
                return e;
            }
        }
        throw SchemeError.error(who + ": unsupported equivalence procedure", proc);
    }
}
