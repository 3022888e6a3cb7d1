package org.termite.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.LazyModules;

/**
 * Compiles the Scheme library during the build: the files listed in {@code modules.txt} of the source folder,
 * in order, each run after compiling so that later files may use earlier ones' macros and procedures. Writes
 * the classes and the index that {@link Boot} reads. A file listed as {@code NAME.scm lazy} runs on a node only
 * when one of its names is first used ({@link LazyModules}); its line in the index lists the names it defines, and
 * it may not redefine a name an earlier module or the runtime defined, which would change what that name means
 * before and after it runs.
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
        for (String entry : Files.readAllLines(source.resolve("modules.txt"))) {
            if (entry.isBlank() || entry.startsWith(";")) {
                continue;
            }
            String[] words = entry.trim().split("\\s+");
            String name = words[0];
            boolean lazy = words.length > 1 && words[1].equals("lazy");
            Path file = source.resolve(name);
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
            Map<String, Object> before = boundNow();
            Boot.runModule(session.define(classes, module));
            String moduleClass = new org.termite.compiler.codegen.ClassNaming(module).moduleClass().replace('/', '.');
            modules.add(lazy ? moduleClass + " " + String.join(" ", definedBy(file, before, boundNow()))
                    : moduleClass);
        }
        Path index = out.resolve(Boot.LIBRARY_INDEX);
        Files.createDirectories(index.getParent());
        Files.write(index, modules);
    }

    private static Map<String, Object> boundNow() {
        Map<String, Object> bound = new HashMap<>();
        for (String n : Globals.definedNames()) {
            bound.put(n, Globals.lookup(n));
        }
        return bound;
    }

    /** The names a lazy module defined; it may define no name that was bound before it ran. */
    private static List<String> definedBy(Path file, Map<String, Object> before, Map<String, Object> after) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            String n = e.getKey();
            if (!before.containsKey(n)) {
                if (n.isEmpty() || n.chars().anyMatch(Character::isWhitespace)) {
                    fail(file + ": a lazy module cannot define a name with a space: |" + n + "|");
                }
                names.add(n);
            } else if (before.get(n) != e.getValue()) {
                fail(file + ": a lazy module cannot redefine " + n + ", which an earlier module or the runtime"
                        + " defined: list it without \"lazy\" in modules.txt");
            }
        }
        if (names.isEmpty()) {
            fail(file + ": a lazy module must define at least one name");
        }
        java.util.Collections.sort(names);
        return names;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
