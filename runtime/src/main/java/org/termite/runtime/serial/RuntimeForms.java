package org.termite.runtime.serial;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.PrimitiveTable;

/**
 * What serialization needs to know of runtime objects that travel by name: the global a value is bound to, and a
 * primitive made anew when its global was rebound.
 */
final class RuntimeForms {
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
        String found = Globals.nameBoundTo(value);
        if (found != null) {
            GLOBAL_NAMES.put(value, found);
        }
        return found;
    }

    /** The primitive of that name: its global binding if nothing rebound it; null if there is no such primitive. */
    static PrimitiveProcedure primitive(String name) {
        if (Globals.lookup(name) instanceof PrimitiveProcedure p && p.name().equals(name)) {
            return p;
        }
        List<Method> methods = PrimitiveTable.methods(name);
        if (methods.isEmpty()) {
            return null;
        }
        return PRIMITIVES.computeIfAbsent(name, n -> new PrimitiveProcedure(n, methods));
    }
}
