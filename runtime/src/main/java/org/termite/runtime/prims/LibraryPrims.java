package org.termite.runtime.prims;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/**
 * Initialization of R7RS libraries. A library compiles to a module of its own; an import of it compiles to
 * {@code (%require-library "scm.util$omath.__module")}, which runs that module's body the first time and does
 * nothing afterwards. Modules compiled in memory are found through the class loader their compiler registered;
 * the others (an executable jar) through this class's own loader.
 */
public final class LibraryPrims {
    private static final Map<String, ClassLoader> LOADERS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> STARTED = new ConcurrentHashMap<>();

    private LibraryPrims() {}

    /** Registers a library module compiled in memory; a recompiled module will run again. */
    public static void define(String moduleClass, ClassLoader loader) {
        LOADERS.put(moduleClass, loader);
        STARTED.remove(moduleClass);
    }

    @Primitive(value = "%require-library", inline = false)
    public static void require(Object moduleClass) {
        String name = moduleClass.toString();
        if (!(moduleClass instanceof MString) || STARTED.putIfAbsent(name, Boolean.TRUE) != null) {
            return;
        }
        ClassLoader loader = LOADERS.getOrDefault(name, LibraryPrims.class.getClassLoader());
        Class<?> c;
        try {
            c = Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            STARTED.remove(name);
            throw SchemeError.error("import: the compiled library is missing:", moduleClass);
        }
        org.termite.runtime.exec.Modules.run(c);
    }
}
