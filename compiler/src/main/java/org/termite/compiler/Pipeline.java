package org.termite.compiler;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfCheck;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.CoreCheck;
import org.termite.compiler.ir.IrPrinter;
import org.termite.compiler.passes.BuildComplexLiterals;
import org.termite.compiler.passes.ConvertAssignments;
import org.termite.compiler.passes.ConvertClosures;
import org.termite.compiler.passes.CpsConvert;
import org.termite.compiler.passes.EmbedObjects;
import org.termite.compiler.passes.InlinePrimitives;
import org.termite.compiler.passes.RenameImportedGlobals;
import org.termite.compiler.passes.SplitToplevel;

/**
 * The compiler's passes, in the order they run, from source text to closure-converted Anf; the code generator
 * ({@link org.termite.compiler.codegen.LambdaEmitter}) takes it from there. Each pass has a name (what
 * {@code --trace} takes), the language it produces, a printer for that language and the well-formedness check
 * of it. Every pass runs on every compilation, so every one can be traced; a pass with nothing to do for a
 * module returns its input.
 */
public final class Pipeline {
    /**
     * One pass: a function from one language to the next, given what it needs of the {@link Compilation}.
     * {@code check} throws {@link org.termite.compiler.ir.MalformedIr} for an output that breaks its language.
     */
    public record Pass<I, O>(String name, String produces, BiFunction<I, Compilation, O> run,
            Function<O, String> printer, Consumer<O> check) {
        O apply(I input, Compilation c) {
            O output = run.apply(input, c);
            c.after(this, output);
            return output;
        }
    }

    /** What the read pass reads: a source text and the file it came from (null for none). */
    public record Source(String text, String file) {}

    public static final Pass<Source, List<Object>> READ = new Pass<>("read", "datums",
            (s, c) -> Compiler.read(s.text(), s.file(), c.positions()), IrPrinter::datums, forms -> {});
    public static final Pass<List<Object>, Core> EXPAND = new Pass<>("expand", "Core",
            (forms, c) -> c.expander().expandProgram(forms, c.start()), IrPrinter::core, Pipeline::coreWithAssignments);
    public static final Pass<Core, Core> RENAME_IMPORTED_GLOBALS = new Pass<>("rename-imported-globals", "Core",
            (core, c) -> RenameImportedGlobals.run(core, c.renames()), IrPrinter::core, Pipeline::coreWithAssignments);
    public static final Pass<Core, Core> BUILD_COMPLEX_LITERALS = new Pass<>("build-complex-literals", "Core",
            (core, c) -> BuildComplexLiterals.run(core), IrPrinter::core, Pipeline::coreWithAssignments);
    public static final Pass<Core, Core> EMBED_OBJECTS = new Pass<>("embed-objects", "Core",
            (core, c) -> EmbedObjects.run(core, c.inMemory()), IrPrinter::core, Pipeline::coreWithAssignments);
    public static final Pass<Core, Core.Lambda> SPLIT_TOPLEVEL = new Pass<>("split-toplevel", "Core",
            (core, c) -> SplitToplevel.toplevel(core, c.start()), IrPrinter::core, Pipeline::coreWithAssignments);
    public static final Pass<Core.Lambda, Core.Lambda> CONVERT_ASSIGNMENTS = new Pass<>("convert-assignments",
            "Core without local assignments", (top, c) -> (Core.Lambda) ConvertAssignments.run(top, c.fresh()),
            IrPrinter::core, core -> CoreCheck.check(core, true));
    public static final Pass<Core.Lambda, Core.Lambda> INLINE_PRIMITIVES = new Pass<>("inline-primitives",
            "Core with primitive calls", (top, c) -> (Core.Lambda) InlinePrimitives.run(top, c.rebound()),
            IrPrinter::core, core -> CoreCheck.check(core, true));
    public static final Pass<Core.Lambda, Anf.Lambda> CPS_CONVERT = new Pass<>("cps-convert", "Anf",
            (top, c) -> CpsConvert.run(top, c.fresh()), IrPrinter::anf, anf -> AnfCheck.check(anf, false));
    public static final Pass<Anf.Lambda, Anf.Lambda> CONVERT_CLOSURES = new Pass<>("convert-closures",
            "Anf with free variables and resume points", (top, c) -> ConvertClosures.run(top), IrPrinter::anf,
            anf -> AnfCheck.check(anf, true));

    /** Every pass, in the order {@link #run} runs them. */
    public static final List<Pass<?, ?>> PASSES = List.of(READ, EXPAND, RENAME_IMPORTED_GLOBALS, BUILD_COMPLEX_LITERALS,
            EMBED_OBJECTS, SPLIT_TOPLEVEL, CONVERT_ASSIGNMENTS, INLINE_PRIMITIVES, CPS_CONVERT, CONVERT_CLOSURES);

    /** The passes' names, in order: the values of {@code --trace}. */
    public static final List<String> NAMES = PASSES.stream().map(Pass::name).toList();

    private Pipeline() {}

    /** Reads a source text into datums, recording their positions in the compilation's table. */
    public static List<Object> read(Source source, Compilation c) {
        return READ.apply(source, c);
    }

    /** Runs every pass after read on a module's forms: its top-level procedure, closure-converted. */
    public static Anf.Lambda run(List<Object> forms, Compilation c) {
        Core expanded = EXPAND.apply(forms, c);
        Core renamed = RENAME_IMPORTED_GLOBALS.apply(expanded, c);
        Core complexBuilt = BUILD_COMPLEX_LITERALS.apply(renamed, c);
        Core embedded = EMBED_OBJECTS.apply(complexBuilt, c);
        Core.Lambda top = SPLIT_TOPLEVEL.apply(embedded, c);
        Core.Lambda assigned = CONVERT_ASSIGNMENTS.apply(top, c);
        Core.Lambda inlined = INLINE_PRIMITIVES.apply(assigned, c);
        Anf.Lambda cps = CPS_CONVERT.apply(inlined, c);
        return CONVERT_CLOSURES.apply(cps, c);
    }

    private static void coreWithAssignments(Core core) {
        CoreCheck.check(core, false);
    }
}
