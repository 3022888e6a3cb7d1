package org.termite.runtime;

import java.util.List;

/**
 * The runtime's door to the compiler: eval, load and environment compile code, and the runtime must not depend
 * on the compiler, so the compiler registers itself here when it starts (a program run by {@code termite run},
 * the REPL). A program run from a jar without the compiler gets a clear error from eval.
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

    private static volatile Compiler compiler;

    private Eval() {}

    public static void install(Compiler c) {
        compiler = c;
    }

    public static Compiler compiler(String who) {
        Compiler c = compiler;
        if (c == null) {
            throw SchemeError.error(who + ": this program was built without the compiler, so it cannot compile code");
        }
        return c;
    }
}
