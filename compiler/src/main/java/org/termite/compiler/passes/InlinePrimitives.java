package org.termite.compiler.passes;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.PrimOp;
import org.termite.compiler.ir.PrimOps;
import org.termite.runtime.value.Symbol;

/**
 * inline-primitives: Core -> Core with {@link Core.PrimCall} and {@link Core.Apply}.
 *
 * <p>A call of a global that names a primitive becomes a direct JVM call of the primitive's method, unless the
 * program defines or assigns that global anywhere (R7RS lets a program rebind {@code car}) or the caller says
 * it is rebound (an earlier REPL form, another module). {@code (apply f x ... l)} becomes an apply node so the
 * call keeps its resume point, and {@code (values x)} is just {@code x}.
 */
public final class InlinePrimitives extends CoreRewriter {
    private static final Symbol APPLY = Symbol.of("apply");
    private static final Symbol VALUES = Symbol.of("values");

    private final Predicate<Symbol> rebound;

    private InlinePrimitives(Predicate<Symbol> rebound) {
        this.rebound = rebound;
    }

    public static Core run(Core program, Predicate<Symbol> reboundElsewhere) {
        Set<Symbol> defined = new HashSet<>();
        new CoreRewriter() {
            @Override
            Core rewrite(Core c) {
                if (c instanceof Core.GlobalDef d) {
                    defined.add(d.name());
                } else if (c instanceof Core.GlobalSet s) {
                    defined.add(s.name());
                }
                return children(c);
            }
        }.rewrite(program);
        return new InlinePrimitives(s -> defined.contains(s) || reboundElsewhere.test(s)).rewrite(program);
    }

    @Override
    Core rewrite(Core c) {
        if (c instanceof Core.Call call && call.fn() instanceof Core.GlobalRef g && !rebound.test(g.name())) {
            int argc = call.args().size();
            if (g.name() == APPLY && argc >= 2) {
                return new Core.Apply(rewrite(call.args().get(0)), all(call.args().subList(1, argc)), call.pos());
            }
            if (g.name() == VALUES && argc == 1) {
                return rewrite(call.args().get(0));
            }
            PrimOp op = PrimOps.find(g.name().name, argc);
            if (op != null) {
                return new Core.PrimCall(op, all(call.args()), call.pos());
            }
        }
        return children(c);
    }
}
