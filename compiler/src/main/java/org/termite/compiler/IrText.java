package org.termite.compiler;

import org.termite.compiler.ir.Anf;

/** The printed form of IR, for other packages of the compiler (tracing lives in {@link IrPrinter}). */
public final class IrText {
    private IrText() {}

    public static String of(Anf.Lambda lambda) {
        return IrPrinter.anf(lambda);
    }

    /**
     * The printed form with variables renamed by order of first appearance: the same for the same code however
     * many other variables and macro temporaries the compilation made before it.
     */
    public static String canonical(Anf.Lambda lambda) {
        java.util.Map<org.termite.compiler.ir.Var, String> names = new java.util.HashMap<>();
        return IrPrinter.anf(lambda, v -> names.computeIfAbsent(v, k -> "v" + names.size()));
    }
}
