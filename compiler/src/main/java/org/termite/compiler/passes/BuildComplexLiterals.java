package org.termite.compiler.passes;

import java.util.List;
import org.termite.compiler.ir.Core;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.num.Complex;

/**
 * build-complex-literals: Core -> Core without complex constants. A complex number written in the program
 * ({@code 1+2i}) becomes a call that builds it from its real parts, since the code generator keeps numeric
 * literals of the real kinds only. Complex numbers inside quoted data are left alone: those literals are rebuilt
 * from their written form.
 */
public final class BuildComplexLiterals extends CoreRewriter {
    private static final Symbol MAKE = Symbol.of("%make-rectangular");

    private BuildComplexLiterals() {}

    public static Core run(Core program) {
        return new BuildComplexLiterals().rewrite(program);
    }

    @Override
    Core rewrite(Core c) {
        if (c instanceof Core.Const k && k.value() instanceof Complex z) {
            return new Core.Call(new Core.GlobalRef(MAKE, k.pos()),
                    List.of(new Core.Const(z.re, k.pos()), new Core.Const(z.im, k.pos())), k.pos());
        }
        return children(c);
    }
}
