package org.termite.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.boot.Boot;

/**
 * Compiles the Scheme library during the build: the files listed in {@code modules.txt} of the source folder,
 * in order, each run after compiling so that later files may use earlier ones' macros and procedures. Writes
 * the classes and the index that {@link Boot} reads.
 *
 * <p>Usage: {@code LibraryBuilder SOURCE_DIR CLASSES_DIR}.
 */
public final class LibraryBuilder {
    private LibraryBuilder() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Session session = new Session(false);
        List<String> modules = new ArrayList<>();
        for (String name : Files.readAllLines(source.resolve("modules.txt"))) {
            if (name.isBlank()) {
                continue;
            }
            Path file = source.resolve(name.trim());
            String module = "lib_" + Compiler.moduleName(file.toString());
            List<GeneratedClass> classes;
            try {
                classes = session.compiler().compile(Files.readString(file), file.toString(), module);
            } catch (CompileError e) {
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            for (GeneratedClass c : classes) {
                Path target = out.resolve(c.internalName() + ".class");
                Files.createDirectories(target.getParent());
                Files.write(target, c.bytes());
            }
            Boot.runModule(session.define(classes, module));
            modules.add(new org.termite.compiler.codegen.ClassNaming(module).moduleClass().replace('/', '.'));
        }
        Path index = out.resolve(Boot.LIBRARY_INDEX);
        Files.createDirectories(index.getParent());
        Files.write(index, modules);
    }
}
