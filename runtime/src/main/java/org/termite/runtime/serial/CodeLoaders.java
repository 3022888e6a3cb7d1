package org.termite.runtime.serial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where decoding finds the program's compiled classes by name. The program's classes may live in a loader the
 * runtime cannot see from its own (termite run and the REPL compile into a loader in memory), so the loaders
 * tried are, in order: the loaders of the compiled Scheme code on the calling thread's stack, nearest first (the
 * code calling u8vector->object), the loader given to {@link #use} (for decoding on a thread that runs no Scheme
 * code, such as a node's network reader), the thread's context class loader, and the runtime's own loader.
 */
public final class CodeLoaders {
    /** Made when first decoding, not when start-up installs the code layer's lookup. */
    private static final class Walker {
        static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    }

    // Set at start-up, read by any thread that decodes.
    private static volatile ClassLoader program;
    // Installed once by the code package, read by any thread that decodes.
    private static volatile Shipped shipped;

    /** Classes that arrived from other nodes, by module version; kept by the code layer, which depends on this one. */
    public interface Shipped {
        /** The class of that name, code hash and module version that arrived here, or null. */
        Class<?> find(String className, long codeHash, long moduleHash);
    }

    /** Makes decoding look among the classes that arrived from other nodes. */
    public static void useShipped(Shipped classes) {
        shipped = classes;
    }

    static Class<?> shipped(String className, long codeHash, long moduleHash) {
        Shipped s = shipped;
        return s == null ? null : s.find(className, codeHash, moduleHash);
    }

    private CodeLoaders() {}

    /** Makes decoding look in {@code loader}, which loads the program's compiled classes. */
    public static void use(ClassLoader loader) {
        program = loader;
    }

    /** The loaders to look in, in order, as seen from the calling thread now. */
    public static List<ClassLoader> programLoaders() {
        return candidates();
    }

    static List<ClassLoader> candidates() {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        Walker.WALKER.forEach(f -> {
            Class<?> c = f.getDeclaringClass();
            if (c.getName().startsWith(CompiledCode.PACKAGE_PREFIX)) {
                add(loaders, c.getClassLoader());
            }
        });
        add(loaders, program);
        add(loaders, Thread.currentThread().getContextClassLoader());
        add(loaders, CodeLoaders.class.getClassLoader());
        return new ArrayList<>(loaders);
    }

    /**
     * The class of that name from the first of {@code loaders} that has it, not initialized; null when none has
     * it. Callers pass only names of the compiled-code package, already checked for shape.
     */
    static Class<?> find(String name, List<ClassLoader> loaders) {
        for (ClassLoader loader : loaders) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this loader: try the next
            }
        }
        return null;
    }

    private static void add(Set<ClassLoader> loaders, ClassLoader loader) {
        if (loader != null) {
            loaders.add(loader);
        }
    }
}
