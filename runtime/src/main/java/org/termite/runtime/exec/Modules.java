package org.termite.runtime.exec;

import java.util.List;

/**
 * Compiled modules as the engine runs them: a module class is a procedure whose body is the module's top level.
 * Start-up records here which modules make the standard library, so code that is not part of it (a program's, or
 * code that came from another node) can be told from it without knowing how start-up found them.
 */
public final class Modules {
    // Set once at start-up, read by the threads that ship code.
    private static volatile List<String> standard = List.of();

    private Modules() {}

    /** Runs a compiled module's top level to completion and returns its value. */
    public static Object run(Class<?> moduleClass) {
        return Trampoline.run(new TopLevel(instantiate(moduleClass)));
    }

    /** A class rather than a lambda: start-up runs modules, and a lambda costs it a class spun at run time. */
    private static final class TopLevel implements Pending {
        private final Procedure top;

        TopLevel(Procedure top) {
            this.top = top;
        }

        @Override
        public Object run(Frame k) {
            return top.apply0(Trampoline.baseDepth());
        }
    }

    /** A compiled module's top-level procedure. */
    public static Procedure instantiate(Class<?> moduleClass) {
        try {
            return (Procedure) moduleClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate module " + moduleClass.getName(), e);
        }
    }

    /** The class names of the standard library's module classes ({@code scm.<module>.__module}), once booted. */
    public static List<String> standard() {
        return standard;
    }

    public static void standard(List<String> moduleClassNames) {
        standard = List.copyOf(moduleClassNames);
    }
}
