package org.termite.runtime.serial;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.PrimitiveTable;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.prims.Equivalence;
import org.termite.runtime.prims.HashTable;
import org.termite.runtime.prims.RecordPrims;
import org.termite.runtime.value.RecordType;
import org.termite.runtime.value.Symbol;

/**
 * What serialization needs from runtime objects that keep it to themselves: the global a value is bound to
 * (the global environment cannot be listed), a primitive made anew when its global was rebound, a Gambit table's default value,
 * a case-lambda's clauses, and the record type and fields that record constructors, predicates, accessors and
 * modifiers were made for. Each is read reflectively in this one place; when those classes expose the values,
 * only this file changes. A failed lookup answers null, and the caller falls back or reports the value as one
 * that cannot be serialized.
 */
final class RuntimeForms {
    private static final Field TABLE_MISSING = field(HashTable.class, "missing");
    private static final Constructor<?> TABLE_WITH_MISSING = constructor(HashTable.class, Equivalence.class, Object.class);
    private static final Class<?> CASE_LAMBDA = type("org.termite.runtime.prims.CaseLambda");
    private static final Constructor<?> PRIMITIVE = constructor(PrimitiveProcedure.class, String.class, List.class);
    private static final Field GLOBAL_CELLS = field(Globals.class, "CELLS");
    /** The global each object was last found bound to; checked before use, since globals can be redefined. */
    private static final Map<Object, String> GLOBAL_NAMES = Collections.synchronizedMap(new WeakHashMap<>());
    /** Primitives made here because their global was rebound: one per name, so they stay eq? to each other. */
    private static final ConcurrentHashMap<String, PrimitiveProcedure> PRIMITIVES = new ConcurrentHashMap<>();

    private RuntimeForms() {}

    /**
     * The name of a global variable bound to {@code value} (its own name first, when it has one that is bound
     * to it), or null. A runtime procedure or parameter bound to a global travels as that global's name.
     */
    static String globalNameOf(Object value, String ownName) {
        if (ownName != null && Globals.lookup(ownName) == value) {
            return ownName;
        }
        String known = GLOBAL_NAMES.get(value);
        if (known != null && Globals.lookup(known) == value) {
            return known;
        }
        if (GLOBAL_CELLS == null) {
            return null;
        }
        try {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) GLOBAL_CELLS.get(null)).entrySet()) {
                if (e.getValue() instanceof Global g && g.value == value) {
                    String name = ((Symbol) e.getKey()).name;
                    GLOBAL_NAMES.put(value, name);
                    return name;
                }
            }
        } catch (IllegalAccessException | ClassCastException e) {
            return null;
        }
        return null;
    }

    /** The primitive of that name: its global binding if nothing rebound it; null if there is no such primitive. */
    static PrimitiveProcedure primitive(String name) {
        if (Globals.lookup(name) instanceof PrimitiveProcedure p && p.name().equals(name)) {
            return p;
        }
        List<Method> methods = PrimitiveTable.methods(name);
        if (methods.isEmpty() || PRIMITIVE == null) {
            return null;
        }
        return PRIMITIVES.computeIfAbsent(name, n -> {
            try {
                return (PrimitiveProcedure) PRIMITIVE.newInstance(n, methods);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        });
    }

    /** The value table-ref gives for a missing key, or null when there is none. */
    static Object missing(HashTable h) {
        try {
            return TABLE_MISSING == null ? null : TABLE_MISSING.get(h);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    static HashTable table(Equivalence e, Object missing) {
        if (missing == null || TABLE_WITH_MISSING == null) {
            return new HashTable(e);
        }
        try {
            return (HashTable) TABLE_WITH_MISSING.newInstance(e, missing);
        } catch (ReflectiveOperationException x) {
            return new HashTable(e);
        }
    }

    /** A case-lambda's clauses: {required counts, rest flags, procedures}; null if {@code p} is not one. */
    static Object[] caseLambda(Procedure p) {
        if (p.getClass() != CASE_LAMBDA) {
            return null;
        }
        try {
            return new Object[] {get(p, "required"), get(p, "rest"), get(p, "clauses")};
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** What a record procedure was made for. */
    record RecordProcedure(String kind, RecordType type, int[] fields) {}

    /**
     * The kind ("constructor", "predicate", "accessor" or "modifier", the names of the {@link RecordPrims}
     * methods that make them), type and field indexes of a record procedure; null if {@code p} is not one.
     */
    static RecordProcedure recordProcedure(Procedure p) {
        Method maker = p.getClass().getEnclosingMethod();
        if (maker == null || maker.getDeclaringClass() != RecordPrims.class) {
            return null;
        }
        try {
            RecordType t = (RecordType) get(p, "val$t");
            switch (maker.getName()) {
                case "constructor":
                    return new RecordProcedure("constructor", t, ((int[]) get(p, "val$slots")).clone());
                case "predicate":
                    return new RecordProcedure("predicate", t, new int[0]);
                case "accessor":
                case "modifier":
                    return new RecordProcedure(maker.getName(), t, new int[] {(Integer) get(p, "val$i")});
                default:
                    return null;
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static Object get(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    private static Field field(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Constructor<?> constructor(Class<?> c, Class<?>... params) {
        try {
            Constructor<?> k = c.getDeclaredConstructor(params);
            k.setAccessible(true);
            return k;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name, false, RuntimeForms.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
