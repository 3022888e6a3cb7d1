package org.termite.maven;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.termite.compiler.JarWriter;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;

/**
 * Builds an executable jar from a classes folder: every class in it (the modules the compile goal wrote, and
 * any Java classes of the project), the runtime and the compiled Scheme library, and a manifest that starts
 * the main module; then the folder's other files (resources), which the compiler's jar writer does not take.
 */
public final class ExecutableJar {
    private ExecutableJar() {}

    /** Thrown when the main module has no classes in the folder: a usage mistake, not an I/O failure. */
    public static final class MissingMainException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingMainException(String message) {
            super(message);
        }
    }

    /** Writes {@code jar}, which runs the module of {@code mainSource}; returns the number of classes taken. */
    public static int write(Path classesDir, Path mainSource, Path jar) throws IOException, MissingMainException {
        String module = ModuleCompiler.moduleName(mainSource);
        if (!Files.isRegularFile(IncrementalCompiler.moduleClassFile(classesDir, module))) {
            throw new MissingMainException("the main program " + mainSource + " (module " + module
                    + ") has no classes in " + classesDir + ": it must be under the Scheme source folder, and "
                    + "the compile goal must run before the jar goal");
        }
        List<GeneratedClass> classes = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = classesDir.relativize(f).toString().replace('\\', '/');
                if (name.endsWith(".class")) {
                    classes.add(new GeneratedClass(name.substring(0, name.length() - ".class".length()),
                            Files.readAllBytes(f)));
                } else if (!name.equals("META-INF/MANIFEST.MF")) {
                    resources.add(f);
                }
            }
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        String mainClass = new ClassNaming(module).moduleClass().replace('/', '.');
        JarWriter.write(jar, classes, mainClass);
        addResources(jar, classesDir, resources);
        return classes.size();
    }

    /** Adds files the jar does not hold yet; the runtime's own entries (the main index) win. */
    private static void addResources(Path jar, Path classesDir, List<Path> resources) throws IOException {
        if (resources.isEmpty()) {
            return;
        }
        URI uri = URI.create("jar:" + jar.toAbsolutePath().toUri());
        try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
            for (Path f : resources) {
                Path target = zip.getPath(classesDir.relativize(f).toString().replace('\\', '/'));
                if (!Files.exists(target)) {
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.copy(f, target);
                }
            }
        }
    }
}
