package org.termite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.compiler.Session;
import org.termite.compiler.codegen.GeneratedClass;

/**
 * Compiles one source file into the classes of its module, through the compiler's API in this JVM.
 *
 * <p>Each file gets a session of its own, so a module sees only the standard library and its own definitions
 * and macros: compiling one changed file alone gives the same classes as compiling every file, which is what
 * makes incremental builds sound.
 *
 * <p>The compiler boots a node (global variables, the Scheme library) that is shared by the whole plugin
 * class loader, so two projects of a parallel build never compile at the same time. The compiler recurses on
 * the nesting of the source, and Maven's threads have the JVM's default stack, so compiling runs on a thread
 * of its own with a large stack, as the command-line launchers give it.
 */
public final class ModuleCompiler {
    private static final Object LOCK = new Object();
    private static final long STACK_BYTES = 64L << 20;

    /**
     * Either the module's classes or the error, whose text starts with {@code file:line:column} (or the file
     * alone); {@code cause} is the compiler's own exception when the compiler itself failed.
     */
    public record Result(String module, List<GeneratedClass> classes, String error, Throwable cause) {
        public boolean failed() {
            return error != null;
        }
    }

    private ModuleCompiler() {}

    public static String moduleName(Path file) {
        return Compiler.moduleName(file.toString());
    }

    /** Compiles {@code file}; I/O problems are exceptions, mistakes in the program are a failed result. */
    public static Result compile(Path file) throws IOException {
        return compile(file, List.of());
    }

    /** The same, looking for imported libraries also in the folders of {@code libraryPath}. */
    public static Result compile(Path file, List<Path> libraryPath) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String module = moduleName(file);
        String name = file.toAbsolutePath().normalize().toString();
        return onLargeStack(() -> {
            synchronized (LOCK) {
                try {
                    Session session = new Session();
                    libraryPath.forEach(d -> session.libraries().addRoot(d.toAbsolutePath()));
                    return new Result(module, session.compiler().compile(text, name, module), null, null);
                } catch (CompileError e) {
                    return new Result(module, List.of(), ErrorFormat.of(Path.of(name), e), null);
                } catch (RuntimeException | StackOverflowError e) {
                    return new Result(module, List.of(), name + ": internal compiler error: " + e, e);
                }
            }
        });
    }

    private static <T> T onLargeStack(Callable<T> work) throws IOException {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                value.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "termite-compiler", STACK_BYTES);
        t.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling", e);
        }
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error err) {
            throw err;
        } else if (e != null) {
            throw new IllegalStateException(e);
        }
        return value.get();
    }
}
