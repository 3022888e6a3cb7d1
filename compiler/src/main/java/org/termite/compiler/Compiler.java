package org.termite.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.codegen.LambdaEmitter;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.expand.MacroEvaluator;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.library.Libraries;
import org.termite.compiler.library.LibraryHost;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Symbol;

/**
 * Compiles a module: runs the {@link Pipeline} on its text or forms, then generates its classes. Holds what the
 * compilations of one environment share: the environment, the macro evaluator, which globals are rebound
 * elsewhere, and what is traced or checked.
 */
public final class Compiler {
    /** Pass names for tracing, in pipeline order. */
    public static final List<String> PASSES = Pipeline.NAMES;

    private final Env globalEnv;
    private final MacroEvaluator evaluator;
    private final Predicate<Symbol> reboundElsewhere;
    private boolean embedObjects;
    private Compilation.Observer observer = Compilation.NOBODY;

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
        observing(Compilation.tracing(pass, out));
    }

    /** Checks the output of every pass against its language (tests): a malformed IR throws MalformedIr. */
    public Compiler checkingEachPass() {
        return observing(Compilation.checking());
    }

    /** Shows the output of every pass to {@code o} too, after the observers given before. */
    public Compiler observing(Compilation.Observer o) {
        observer = observer == Compilation.NOBODY ? o : Compilation.both(observer, o);
        return this;
    }

    public Env globalEnv() {
        return globalEnv;
    }

    /** Reads every datum of a source text, recording positions. */
    public static List<Object> read(String text, String file, SourcePositions positions) {
        return org.termite.compiler.expand.SourceReader.read(text, file, positions);
    }

    /** Compiles the text of one module (a file, a REPL form) into classes. */
    public List<GeneratedClass> compile(String text, String file, String module) {
        Compilation c = compilation(new SourcePositions(), file);
        List<Object> forms = Pipeline.read(new Pipeline.Source(text, file), c);
        if (file != null && evaluator instanceof LibraryHost h) {
            h.libraries().addRoot(Path.of(file).toAbsolutePath().getParent());
        }
        return compile(forms, c, file, module);
    }

    public List<GeneratedClass> compileForms(List<Object> forms, SourcePositions positions, String file, String module) {
        return compile(forms, compilation(positions, file), file, module);
    }

    private Compilation compilation(SourcePositions positions, String file) {
        Path dir = file == null ? null : Path.of(file).toAbsolutePath().getParent();
        SourcePos start = new SourcePos(file == null ? "<input>" : file, 1, 1);
        Supplier<Map<Symbol, Symbol>> renames = () -> libraries() != null ? libraries().renamesIn(globalEnv) : Map.of();
        return new Compilation(positions, start, renames, embedObjects, reboundElsewhere, observer)
                .expandingWith(fresh -> new Expander(globalEnv, positions, file, dir, evaluator, fresh));
    }

    private Libraries libraries() {
        return evaluator instanceof LibraryHost h ? h.libraries() : null;
    }

    private List<GeneratedClass> compile(List<Object> forms, Compilation c, String file, String module) {
        Anf.Lambda closed = Pipeline.run(forms, c);
        String sourceFile = file == null ? module + ".scm" : Path.of(file).getFileName().toString();
        List<GeneratedClass> classes = LambdaEmitter.emitModule(closed, new ClassNaming(module), sourceFile);
        if (libraries() != null) {
            // The libraries this module imported for the first time are compiled with it and go where it goes.
            List<GeneratedClass> all = new ArrayList<>(libraries().takeCompiledClasses());
            all.addAll(classes);
            return all;
        }
        return classes;
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
