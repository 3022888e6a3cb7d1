package org.termite.compiler;

import java.util.List;
import java.util.Map;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.codegen.LambdaEmitter;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.IrPrinter;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;

/**
 * Runs source text through the pipeline up to a chosen pass, for the per-pass tests; the output of every pass is
 * checked for well-formedness on the way.
 */
public final class TestPipeline {
    static {
        Boot.initPrimitives();
    }

    private TestPipeline() {}

    /** A compilation of test.scm that checks the output of every pass it runs. */
    public static Compilation compilation() {
        SourcePositions positions = new SourcePositions();
        return new Compilation(positions, new SourcePos("test.scm", 1, 1), Map::of, false, s -> false,
                Compilation.checking())
                .expandingWith(fresh -> new Expander(Expander.newGlobalEnv(), positions, "test.scm", null, null, fresh));
    }

    /** The program as the expander leaves it, wrapped in a procedure as the top level is. */
    public static Core.Lambda expand(String text) {
        return expand(text, compilation());
    }

    private static Core.Lambda expand(String text, Compilation c) {
        List<Object> forms = Pipeline.read(new Pipeline.Source(text, "test.scm"), c);
        Core body = Pipeline.EXPAND.apply(forms, c);
        return new Core.Lambda(List.of(), List.of(), null, body, "test", c.start());
    }

    public static Core assignmentsConverted(String text) {
        Compilation c = compilation();
        return Pipeline.CONVERT_ASSIGNMENTS.apply(expand(text, c), c);
    }

    public static Core inlined(String text) {
        Compilation c = compilation();
        return inlined(text, c);
    }

    private static Core.Lambda inlined(String text, Compilation c) {
        return Pipeline.INLINE_PRIMITIVES.apply(Pipeline.CONVERT_ASSIGNMENTS.apply(expand(text, c), c), c);
    }

    public static Anf.Lambda cps(String text) {
        Compilation c = compilation();
        return Pipeline.CPS_CONVERT.apply(inlined(text, c), c);
    }

    public static Anf.Lambda closed(String text) {
        Compilation c = compilation();
        return Pipeline.CONVERT_CLOSURES.apply(Pipeline.CPS_CONVERT.apply(inlined(text, c), c), c);
    }

    public static List<GeneratedClass> classes(String text, String module) {
        return LambdaEmitter.emitModule(closed(text), new ClassNaming(module), module + ".scm");
    }

    public static String core(Core c) {
        return IrPrinter.core(c);
    }

    public static String anf(Anf.Lambda l) {
        return IrPrinter.anf(l);
    }
}
