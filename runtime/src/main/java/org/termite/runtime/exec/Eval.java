package org.termite.runtime.exec;

import java.util.List;

/**
 * The runtime's door to the compiler: eval, load and environment compile code, and the runtime must not depend
 * on the compiler, so the compiler registers itself here when it starts (a program run by {@code termite run},
 * the REPL), or is started on first use when its classes are there. A program run from a jar without the
 * compiler gets a clear error from eval.
 */
public final class Eval {
    /** What eval needs from a compiler. */
    public interface Compiler {
        /** {@code expression} compiled in {@code environment} as a procedure of no arguments that evaluates it. */
        Procedure compile(Object expression, Environment environment);

        /** Every form of a source file compiled, in order, as a procedure of no arguments. */
        Procedure compileFile(String file, Environment environment);

        /**
         * The environment that import sets give ({@code (scheme base)}, {@code (only (util math) square)}); the
         * libraries they name have been initialized when it returns.
         */
        Environment environment(List<Object> importSets);

        /** The program's own top-level environment, where eval's definitions persist. */
        Environment interaction();
    }

    /** An environment as a Scheme value: the compiler's syntactic environment, opaque to the runtime. */
    public record Environment(Object syntax, String description) {
        @Override
        public String toString() {
            return "#<environment " + description + ">";
        }
    }

    // Installed once by the compiler, read by any process that calls eval.
    private static volatile Compiler compiler;

    private Eval() {}

    public static void install(Compiler c) {
        compiler = c;
    }

    public static Compiler compiler(String who) {
        Compiler c = compiler;
        if (c == null) {
            c = startCompiler();
        }
        if (c == null) {
            throw SchemeError.error(who + ": this program was built without the compiler, so it cannot compile code");
        }
        return c;
    }

    /**
     * A program started without the compiler (from a jar) gets one if its classes are on the class path: a new
     * compilation session installs itself here. Its top-level environment has the program's globals but not the
     * program's macros, which were expanded away when the program was compiled.
     */
    private static synchronized Compiler startCompiler() {
        if (compiler == null) {
            try {
                Class.forName("org.termite.compiler.Session", true, Eval.class.getClassLoader()).getConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }
        return compiler;
    }
}
