package org.termite.runtime.serial;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where decoding finds the program's compiled classes by name. The program's classes may live in a loader the
 * runtime cannot see from its own (termite run and the REPL compile into a loader in memory), so the loaders
 * tried are, in order: the loader of the compiled Scheme code nearest on the calling thread's stack (the code
 * calling u8vector->object), the loader given to {@link #use} (for decoding on a thread that runs no Scheme
 * code, such as a node's network reader), the thread's context class loader, and the runtime's own loader.
 */
public final class CodeLoaders {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static volatile ClassLoader program;

    private CodeLoaders() {}

    /** Makes decoding look in {@code loader}, which loads the program's compiled classes. */
    public static void use(ClassLoader loader) {
        program = loader;
    }

    /**
     * The class of that name from the first loader that has it, not initialized; null when none has it. Callers
     * pass only names of the compiled-code package, already checked for shape.
     */
    static Class<?> find(String name) {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        ClassLoader caller = WALKER.walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c.getName().startsWith("scm.") && c.getClassLoader() != null)
                .map(Class::getClassLoader)
                .findFirst()
                .orElse(null));
        add(loaders, caller);
        add(loaders, program);
        add(loaders, Thread.currentThread().getContextClassLoader());
        add(loaders, CodeLoaders.class.getClassLoader());
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
