package org.termite.runtime.prims;

import java.math.BigInteger;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

/**
 * SRFI 69 hash tables and Gambit tables, the first-order operations only (walk, fold and update take
 * procedures and are written in Scheme on top of {@code %hash-table-ref}).
 */
public final class HashTablePrims {
    private HashTablePrims() {}

    static HashTable table(String who, Object t) {
        if (t instanceof HashTable h) {
            return h;
        }
        throw SchemeError.wrongType(who, "hash table", t);
    }

    @Primitive("make-hash-table")
    public static Object makeHashTable() {
        return new HashTable(Equivalence.EQUAL);
    }

    @Primitive("make-hash-table")
    public static Object makeHashTable(Object equiv) {
        return new HashTable(Equivalence.of("make-hash-table", equiv));
    }

    /** The hash function argument is ignored: each equivalence has its own consistent hash. */
    @Primitive("make-hash-table")
    public static Object makeHashTable(Object equiv, Object hash) {
        return makeHashTable(equiv);
    }

    @Primitive({"hash-table?", "table?"})
    public static boolean isHashTable(Object x) {
        return x instanceof HashTable;
    }

    @Primitive("hash-table-set!")
    public static void set(Object t, Object key, Object value) {
        table("hash-table-set!", t).put("hash-table-set!", key, value);
    }

    @Primitive("hash-table-ref/default")
    public static Object refDefault(Object t, Object key, Object dflt) {
        return table("hash-table-ref/default", t).get("hash-table-ref/default", key, dflt);
    }

    /** The value of key, or {@code marker} itself when absent, so Scheme code can tell "absent" apart. */
    @Primitive("%hash-table-ref")
    public static Object refOrMarker(Object t, Object key, Object marker) {
        return table("hash-table-ref", t).get("hash-table-ref", key, marker);
    }

    @Primitive("hash-table-delete!")
    public static void delete(Object t, Object key) {
        table("hash-table-delete!", t).remove("hash-table-delete!", key);
    }

    @Primitive("hash-table-exists?")
    public static boolean exists(Object t, Object key) {
        return table("hash-table-exists?", t).contains("hash-table-exists?", key);
    }

    @Primitive("hash-table-contains?")
    public static boolean contains(Object t, Object key) {
        return table("hash-table-contains?", t).contains("hash-table-contains?", key);
    }

    @Primitive("hash-table-count")
    public static Object count(Object t) {
        return (long) table("hash-table-count", t).size();
    }

    @Primitive("hash-table-size")
    public static Object size(Object t) {
        return (long) table("hash-table-size", t).size();
    }

    @Primitive("hash-table-keys")
    public static Object keys(Object t) {
        return table("hash-table-keys", t).keys();
    }

    @Primitive("hash-table-values")
    public static Object values(Object t) {
        return table("hash-table-values", t).values();
    }

    @Primitive("hash-table->alist")
    public static Object toAlist(Object t) {
        return table("hash-table->alist", t).toAlist();
    }

    @Primitive("hash-table-copy")
    public static Object copy(Object t) {
        return table("hash-table-copy", t).copy();
    }

    /** Tables are always mutable; the flag is accepted for SRFI 69 compatibility. */
    @Primitive("hash-table-copy")
    public static Object copy(Object t, Object mutable) {
        return copy(t);
    }

    @Primitive("hash-table-clear!")
    public static void clear(Object t) {
        table("hash-table-clear!", t).clear();
    }

    @Primitive("alist->hash-table")
    public static Object fromAlist(Object alist) {
        return fill("alist->hash-table", new HashTable(Equivalence.EQUAL), alist);
    }

    @Primitive("alist->hash-table")
    public static Object fromAlist(Object alist, Object equiv) {
        return fill("alist->hash-table", new HashTable(Equivalence.of("alist->hash-table", equiv)), alist);
    }

    @Primitive("alist->hash-table")
    public static Object fromAlist(Object alist, Object equiv, Object hash) {
        return fromAlist(alist, equiv);
    }

    /** When a key occurs more than once, its first association wins (SRFI 69). */
    static HashTable fill(String who, HashTable h, Object alist) {
        Lists.checkedLength(who, alist);
        for (Object l = alist; l instanceof Pair p; l = p.cdr) {
            if (!(p.car instanceof Pair e)) {
                throw Lists.notAlist(who, alist);
            }
            if (!h.contains(who, e.car)) {
                h.put(who, e.car, e.cdr);
            }
        }
        return h;
    }

    /** SRFI 69: the equivalence predicate a table was made with, as the global procedure of that name. */
    @Primitive("hash-table-equivalence-function")
    public static Object equivalenceFunction(Object t) {
        return org.termite.runtime.exec.Globals.lookup(table("hash-table-equivalence-function", t).equivalence.procedureName);
    }

    /** SRFI 69: the hash function consistent with a table's equivalence. */
    @Primitive("hash-table-hash-function")
    public static Object hashFunction(Object t) {
        String name = switch (table("hash-table-hash-function", t).equivalence) {
            case EQ -> "eq-hash";
            case EQV -> "eqv-hash";
            case EQUAL -> "equal-hash";
            case STRING -> "string-hash";
        };
        return org.termite.runtime.exec.Globals.lookup(name);
    }

    @Primitive({"hash", "equal-hash"})
    public static Object hash(Object x) {
        return nonNegative(EqualHash.equalHash(x));
    }

    @Primitive("hash")
    public static Object hash(Object x, Object bound) {
        return bounded("hash", EqualHash.equalHash(x), bound);
    }

    @Primitive("string-hash")
    public static Object stringHash(Object s) {
        return nonNegative(EqualHash.stringHash(SeqArgs.string("string-hash", s)));
    }

    @Primitive("string-hash")
    public static Object stringHash(Object s, Object bound) {
        return bounded("string-hash", EqualHash.stringHash(SeqArgs.string("string-hash", s)), bound);
    }

    @Primitive({"hash-by-identity", "eq-hash"})
    public static Object eqHash(Object x) {
        return nonNegative(EqualHash.eqHash(x));
    }

    @Primitive("hash-by-identity")
    public static Object eqHash(Object x, Object bound) {
        return bounded("hash-by-identity", EqualHash.eqHash(x), bound);
    }

    @Primitive("eqv-hash")
    public static Object eqvHash(Object x) {
        return nonNegative(EqualHash.eqvHash(x));
    }

    private static Object nonNegative(int h) {
        return (long) (h & Integer.MAX_VALUE);
    }

    private static Object bounded(String who, int h, Object bound) {
        if (bound instanceof Long b && b > 0) {
            return (h & Integer.MAX_VALUE) % b;
        }
        if (bound instanceof BigInteger b && b.signum() > 0) {
            return (long) (h & Integer.MAX_VALUE);
        }
        throw SchemeError.wrongType(who, "positive exact integer", bound);
    }

    // Gambit tables

    @Primitive("make-table")
    public static Object makeTable(Object... options) {
        return GambitTables.make("make-table", options, 0);
    }

    @Primitive("list->table")
    public static Object listToTable(Object alist, Object... options) {
        return fill("list->table", GambitTables.make("list->table", options, 0), alist);
    }

    @Primitive("table-ref")
    public static Object tableRef(Object t, Object key) {
        HashTable h = table("table-ref", t);
        Object v = h.get("table-ref", key, null);
        if (v != null) {
            return v;
        }
        if (h.missing() != null) {
            return h.missing();
        }
        throw SchemeError.error("table-ref: key not found", key);
    }

    @Primitive("table-ref")
    public static Object tableRef(Object t, Object key, Object dflt) {
        return table("table-ref", t).get("table-ref", key, dflt);
    }

    @Primitive("table-set!")
    public static void tableSet(Object t, Object key, Object value) {
        table("table-set!", t).put("table-set!", key, value);
    }

    /** Gambit: table-set! without a value removes the key. */
    @Primitive("table-set!")
    public static void tableSet(Object t, Object key) {
        table("table-set!", t).remove("table-set!", key);
    }

    @Primitive("table-length")
    public static Object tableLength(Object t) {
        return (long) table("table-length", t).size();
    }

    @Primitive("table->list")
    public static Object tableToList(Object t) {
        return table("table->list", t).toAlist();
    }

    @Primitive("table-copy")
    public static Object tableCopy(Object t) {
        return table("table-copy", t).copy();
    }

    /** Parses Gambit's keyword options; a class of its own to keep the keyword handling in one place. */
    static final class GambitTables {
        private GambitTables() {}

        static HashTable make(String who, Object[] options, int from) {
            Equivalence test = Equivalence.EQUAL;
            Object init = null;
            for (int i = from; i < options.length; i += 2) {
                if (!(options[i] instanceof Keyword k)) {
                    throw SchemeError.wrongType(who, "keyword", options[i]);
                }
                if (i + 1 >= options.length) {
                    throw SchemeError.error(who + ": missing value for option", k);
                }
                Object v = options[i + 1];
                switch (k.name) {
                    case "test": test = Equivalence.of(who, v); break;
                    case "init": init = v; break;
                    case "size": case "hash": case "weak-keys": case "weak-values": case "min-load":
                    case "max-load": break;
                    default: throw SchemeError.error(who + ": unknown option", k);
                }
            }
            return new HashTable(test, init);
        }
    }
}
