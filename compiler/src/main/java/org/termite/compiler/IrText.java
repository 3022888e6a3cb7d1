package org.termite.compiler;

import org.termite.compiler.ir.Anf;

/** The printed form of IR, for other packages of the compiler (tracing lives in {@link IrPrinter}). */
public final class IrText {
    private IrText() {}

    public static String of(Anf.Lambda lambda) {
        return IrPrinter.anf(lambda);
    }
}
