package org.termite.compiler.library;

import java.util.List;
import org.termite.compiler.ir.Core;
import org.termite.runtime.num.Complex;
import org.termite.runtime.value.Symbol;

/**
 * build-complex-literals: Core -> Core. A complex number written in the program ({@code 1+2i}) becomes a call
 * that builds it from its real parts, since the code generator keeps numeric literals of the real kinds only.
 * Complex numbers inside quoted data are left alone: those literals are rebuilt from their written form.
 */
final class ComplexLiterals {
    private static final Symbol MAKE = Symbol.of("%make-rectangular");

    private ComplexLiterals() {}

    static Core run(Core c) {
        return CoreMap.constants(c, k -> k.value() instanceof Complex z
                ? new Core.Call(new Core.GlobalRef(MAKE, k.pos()),
                        List.of(new Core.Const(z.re, k.pos()), new Core.Const(z.im, k.pos())), k.pos())
                : k);
    }
}
