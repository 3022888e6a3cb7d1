package org.termite.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.codegen.LambdaEmitter;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.expand.MacroEvaluator;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Core;
import org.termite.compiler.library.Libraries;
import org.termite.compiler.library.LibraryHost;
import org.termite.compiler.library.SplitToplevel;
import org.termite.compiler.passes.ConvertAssignments;
import org.termite.compiler.passes.ConvertClosures;
import org.termite.compiler.passes.CpsConvert;
import org.termite.compiler.passes.InlinePrimitives;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Symbol;

/**
 * The compiler's pipeline: read, expand, convert-assignments, inline-primitives, cps-convert,
 * convert-closures, generate classes. Each pass is a function of the previous IR; {@link #trace} can print any
 * pass's output.
 */
public final class Compiler {
    /** Pass names for tracing, in pipeline order. */
    public static final List<String> PASSES = List.of("read", "expand", "convert-assignments", "inline-primitives",
            "cps-convert", "convert-closures");

    private final Env globalEnv;
    private final MacroEvaluator evaluator;
    private final Predicate<Symbol> reboundElsewhere;
    private String tracedPass;
    private boolean embedObjects;
    private Consumer<String> traceOut = System.out::println;

    public Compiler(Env globalEnv, MacroEvaluator evaluator, Predicate<Symbol> reboundElsewhere) {
        this.globalEnv = globalEnv;
        this.evaluator = evaluator;
        this.reboundElsewhere = reboundElsewhere;
    }

    /**
     * For code that runs in this JVM and never goes to a class file on disk (eval, load): constants without a
     * written form, such as procedures put into an expression given to eval, are kept by reference.
     */
    public Compiler embeddingObjects() {
        this.embedObjects = true;
        return this;
    }

    /** Prints the IR after {@code pass} (one of {@link #PASSES}) to {@code out}. */
    public void trace(String pass, Consumer<String> out) {
        this.tracedPass = pass;
        this.traceOut = out;
    }

    public Env globalEnv() {
        return globalEnv;
    }

    /** Reads every datum of a source text, recording positions. */
    public static List<Object> read(String text, String file, SourcePositions positions) {
        DatumReader reader = new DatumReader(text, file, positions);
        List<Object> forms = new ArrayList<>();
        try {
            for (Object d = reader.read(); d != Eof.VALUE; d = reader.read()) {
                forms.add(d);
            }
        } catch (SchemeError e) {
            throw new CompileError(null, e.getMessage());
        }
        return forms;
    }

    /** Compiles the text of one module (a file, a REPL form) into classes. */
    public List<GeneratedClass> compile(String text, String file, String module) {
        SourcePositions positions = new SourcePositions();
        List<Object> forms = read(text, file, positions);
        trace("read", () -> IrPrinter.datums(forms));
        if (file != null && evaluator instanceof LibraryHost h) {
            h.libraries().addRoot(Path.of(file).toAbsolutePath().getParent());
        }
        return compileForms(forms, positions, file, module);
    }

    public List<GeneratedClass> compileForms(List<Object> forms, SourcePositions positions, String file, String module) {
        Path dir = file == null ? null : Path.of(file).toAbsolutePath().getParent();
        Expander expander = new Expander(globalEnv, positions, file, dir, evaluator);
        SourcePos start = new SourcePos(file == null ? "<input>" : file, 1, 1);
        Libraries libraries = evaluator instanceof LibraryHost h ? h.libraries() : null;
        Core expanded = expander.expandProgram(forms, start);
        if (libraries != null) {
            expanded = libraries.afterExpansion(expanded, globalEnv, embedObjects);
        }
        Core body = SplitToplevel.run(expanded);
        Core.Lambda top = new Core.Lambda(List.of(), List.of(), null, body, "top level", start);
        trace("expand", () -> IrPrinter.core(top));
        Core assigned = ConvertAssignments.run(top);
        trace("convert-assignments", () -> IrPrinter.core(assigned));
        Core inlined = InlinePrimitives.run(assigned, reboundElsewhere);
        trace("inline-primitives", () -> IrPrinter.core(inlined));
        Anf.Lambda cps = CpsConvert.run((Core.Lambda) inlined);
        trace("cps-convert", () -> IrPrinter.anf(cps));
        Anf.Lambda closed = ConvertClosures.run(cps);
        trace("convert-closures", () -> IrPrinter.anf(closed));
        String sourceFile = file == null ? module + ".scm" : Path.of(file).getFileName().toString();
        List<GeneratedClass> classes = LambdaEmitter.emitModule(closed, new ClassNaming(module), sourceFile);
        if (libraries != null) {
            // The libraries this module imported for the first time are compiled with it and go where it goes.
            List<GeneratedClass> all = new ArrayList<>(libraries.takeCompiledClasses());
            all.addAll(classes);
            return all;
        }
        return classes;
    }

    private void trace(String pass, java.util.function.Supplier<String> ir) {
        if (pass.equals(tracedPass)) {
            traceOut.accept(";; " + pass + "\n" + ir.get());
        }
    }

    /** The module name of a source file: its base name without .scm, as a Java identifier part. */
    public static String moduleName(String file) {
        String base = Path.of(file).getFileName().toString();
        if (base.endsWith(".scm")) {
            base = base.substring(0, base.length() - 4);
        }
        return ClassNaming.mangle(base);
    }
}
