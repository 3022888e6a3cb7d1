package org.termite.compiler;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.termite.compiler.SessionEval;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Expander;
import org.termite.compiler.expand.MacroEvaluator;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.library.Libraries;
import org.termite.compiler.library.LibraryHost;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.Eval;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.prims.LibraryPrims;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Symbol;

/**
 * A compiler and a running node in one JVM: compiles source to classes in memory and runs them. Used by
 * {@code termite run}, the REPL, eval, and the compile-time evaluation of define-macro transformers.
 * Global macros persist across the modules compiled in one session, and so do the libraries it compiled
 * (see {@link Libraries}). A new session becomes the compiler that eval, load and environment use.
 */
public final class Session implements MacroEvaluator, LibraryHost {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Env globalEnv = Expander.newGlobalEnv();
    private final MemoryClassLoader loader = new MemoryClassLoader(Session.class.getClassLoader());
    private final Compiler compiler;
    private final Libraries libraries = new Libraries(new Libraries.ModuleCompiler() {
        @Override
        public List<GeneratedClass> compile(List<Object> forms, SourcePositions positions, String file, String module,
                Env env) {
            Compiler c = new Compiler(env, Session.this, Session::reboundAtRunTime);
            return c.compileForms(forms, positions, file, module);
        }

        @Override
        public void defined(String moduleClass) {
            LibraryPrims.define(moduleClass, loader);
        }
    });

    /** A session over a booted runtime (primitives and the Scheme library). */
    public Session() {
        this(true);
    }

    /** {@code withLibrary} false boots only the primitives: for compiling the Scheme library itself. */
    public Session(boolean withLibrary) {
        // Bytes decoded on a thread that runs no compiled code (a network reader) still find this session's classes.
        org.termite.runtime.serial.CodeLoaders.use(loader);
        if (withLibrary) {
            Boot.init();
        } else {
            Boot.initPrimitives();
        }
        compiler = new Compiler(globalEnv, this, Session::reboundAtRunTime);
        Eval.install(new SessionEval(this));
    }

    @Override
    public Libraries libraries() {
        return libraries;
    }

    /** The environment of the programs, REPL forms and eval'd code compiled by {@link #compiler()}. */
    public Env globalEnv() {
        return globalEnv;
    }

    /**
     * Compiles forms as a module in {@code env} and loads it; returns its top-level procedure, not yet run:
     * calling it runs the forms and returns the last one's value. This is how eval and load run code.
     */
    public Procedure compileProcedure(List<Object> forms, SourcePositions positions, String file, Env env) {
        String module = "eval" + COUNTER.incrementAndGet();
        Compiler c = new Compiler(env, this, Session::reboundAtRunTime).embeddingObjects();
        Class<?> moduleClass = define(c.compileForms(forms, positions, file, module), module);
        try {
            return (Procedure) moduleClass.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate module " + moduleClass.getName(), e);
        }
    }

    /** A primitive's global that now holds something else (an earlier module defined it) is not inlined. */
    private static boolean reboundAtRunTime(Symbol name) {
        Object v = Globals.lookup(name.name);
        return v != null && !(v instanceof PrimitiveProcedure);
    }

    public Compiler compiler() {
        return compiler;
    }

    /** Compiles a module's text and loads its classes; returns the module class, ready to run. */
    public Class<?> load(String text, String file, String module) {
        List<GeneratedClass> classes = compiler.compile(text, file, module);
        return define(classes, module);
    }

    /** Makes classes compiled apart from any module (libraries that eval's environment imported) loadable. */
    public void loadClasses(List<GeneratedClass> classes) {
        loader.add(classes);
    }

    public Class<?> define(List<GeneratedClass> classes, String module) {
        loader.add(classes);
        try {
            return Class.forName(new ClassNaming(module).moduleClass().replace('/', '.'), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles and runs a module's text; returns the value of its last form. */
    public Object run(String text, String file, String module) {
        return Boot.runModule(load(text, file, module));
    }

    /** Compiles and runs already-read forms (the REPL, eval). */
    public Object runForms(List<Object> forms, SourcePositions positions, String file) {
        String module = "eval" + COUNTER.incrementAndGet();
        return Boot.runModule(define(compiler.compileForms(forms, positions, file, module), module));
    }

    @Override
    public Procedure evaluate(Object expression, Env global, SourcePos pos) {
        String module = "macro" + COUNTER.incrementAndGet();
        Compiler c = new Compiler(global, this, Session::reboundAtRunTime);
        Object value;
        try {
            value = Boot.runModule(define(c.compileForms(List.of(expression), null, pos == null ? null : pos.file(), module), module));
        } catch (Uncaught e) {
            throw new CompileError(pos, "error while defining a macro: " + e.getMessage());
        }
        if (!(value instanceof Procedure p)) {
            throw new CompileError(pos, "a macro transformer must be a procedure");
        }
        return p;
    }
}
