package org.termite.compiler;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.ir.FreshVars;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;

/**
 * What the passes of one compilation of one module share: its expander, its supply of fresh variables, where it
 * starts, what the session knows that the passes need (renamed imports, globals rebound elsewhere, whether the
 * code stays in this JVM), and who watches the output of each pass (tracing, well-formedness checks).
 */
public final class Compilation {
    /** Sees the output of each pass as it is made. */
    public interface Observer {
        <O> void after(Pipeline.Pass<?, O> pass, O output);
    }

    private final FreshVars fresh = new FreshVars();
    private final SourcePositions positions;
    private final SourcePos start;
    /** Asked when the pass runs: expanding the module's own imports adds to them. */
    private final Supplier<Map<Symbol, Symbol>> renames;
    private final boolean inMemory;
    private final Predicate<Symbol> rebound;
    private final Observer observer;
    private Expander expander;

    Compilation(SourcePositions positions, SourcePos start, Supplier<Map<Symbol, Symbol>> renames, boolean inMemory,
            Predicate<Symbol> rebound, Observer observer) {
        this.positions = positions;
        this.start = start;
        this.renames = renames;
        this.inMemory = inMemory;
        this.rebound = rebound;
        this.observer = observer;
    }

    /** Builds this compilation's expander over its own supply of fresh variables. */
    Compilation expandingWith(java.util.function.Function<FreshVars, Expander> makeExpander) {
        this.expander = makeExpander.apply(fresh);
        return this;
    }

    /** An observer that prints the output of the pass named {@code pass} to {@code out}, under a heading. */
    public static Observer tracing(String pass, Consumer<String> out) {
        return new Observer() {
            @Override
            public <O> void after(Pipeline.Pass<?, O> p, O output) {
                if (p.name().equals(pass)) {
                    out.accept(";; " + p.name() + "\n" + p.printer().apply(output));
                }
            }
        };
    }

    /** An observer that checks the output of every pass against its language. */
    public static Observer checking() {
        return new Observer() {
            @Override
            public <O> void after(Pipeline.Pass<?, O> p, O output) {
                try {
                    p.check().accept(output);
                } catch (org.termite.compiler.ir.MalformedIr e) {
                    throw new org.termite.compiler.ir.MalformedIr("after " + p.name() + ": " + e.getMessage());
                }
            }
        };
    }

    /** Both observers, in order. */
    public static Observer both(Observer first, Observer second) {
        return new Observer() {
            @Override
            public <O> void after(Pipeline.Pass<?, O> p, O output) {
                first.after(p, output);
                second.after(p, output);
            }
        };
    }

    public static final Observer NOBODY = new Observer() {
        @Override
        public <O> void after(Pipeline.Pass<?, O> p, O output) {}
    };

    <O> void after(Pipeline.Pass<?, O> pass, O output) {
        observer.after(pass, output);
    }

    public FreshVars fresh() {
        return fresh;
    }

    public SourcePositions positions() {
        return positions;
    }

    public SourcePos start() {
        return start;
    }

    public Expander expander() {
        return expander;
    }

    public Map<Symbol, Symbol> renames() {
        return renames.get();
    }

    public boolean inMemory() {
        return inMemory;
    }

    public Predicate<Symbol> rebound() {
        return rebound;
    }
}
