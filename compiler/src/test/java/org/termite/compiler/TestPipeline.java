package org.termite.compiler;

import java.util.List;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.codegen.LambdaEmitter;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Core;
import org.termite.compiler.passes.ConvertAssignments;
import org.termite.compiler.passes.ConvertClosures;
import org.termite.compiler.passes.CpsConvert;
import org.termite.compiler.passes.InlinePrimitives;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;

/** Runs source text through the pipeline up to a chosen pass, for the per-pass tests. */
public final class TestPipeline {
    static {
        Boot.initPrimitives();
    }

    private TestPipeline() {}

    public static Core.Lambda expand(String text) {
        SourcePositions positions = new SourcePositions();
        List<Object> forms = Compiler.read(text, "test.scm", positions);
        Expander x = new Expander(Expander.newGlobalEnv(), positions, "test.scm", null, null);
        SourcePos start = new SourcePos("test.scm", 1, 1);
        return new Core.Lambda(List.of(), List.of(), null, x.expandProgram(forms, start), "test", start);
    }

    public static Core assignmentsConverted(String text) {
        return ConvertAssignments.run(expand(text));
    }

    public static Core inlined(String text) {
        return InlinePrimitives.run(assignmentsConverted(text), s -> false);
    }

    public static Anf.Lambda cps(String text) {
        return CpsConvert.run((Core.Lambda) inlined(text));
    }

    public static Anf.Lambda closed(String text) {
        return ConvertClosures.run(cps(text));
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
