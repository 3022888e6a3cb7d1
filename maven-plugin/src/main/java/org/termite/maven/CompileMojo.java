package org.termite.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the Scheme sources of the project ({@code src/main/scheme}) into {@code target/classes}: each file
 * is a module whose classes go to {@code scm/<module>/}, where the module is named after the file. Only the
 * files that changed since the last build are compiled again. The libraries' {@code .sld} files, and the files
 * they include, are copied there too, so the project's jar is a library artifact: on another project's class
 * path, its libraries are imported by name.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public final class CompileMojo extends AbstractCompileMojo {

    /** The folder of the Scheme sources. */
    @Parameter(property = "termite.sourceDirectory", defaultValue = "${project.basedir}/src/main/scheme")
    private File sourceDirectory;

    /** Where the classes go. */
    @Parameter(property = "termite.outputDirectory", defaultValue = "${project.build.outputDirectory}")
    private File outputDirectory;

    @Override
    protected File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected String stateName() {
        return "compile.state";
    }

    @Override
    protected void afterCompile(Path sourceRoot, Path output) throws IOException {
        if (!Files.isDirectory(sourceRoot)) {
            return;
        }
        List<Path> libraries;
        try (Stream<Path> s = Files.walk(sourceRoot)) {
            libraries = s.filter(p -> p.toString().endsWith(".sld") && Files.isRegularFile(p)).toList();
        }
        Path root = sourceRoot.toAbsolutePath().normalize();
        Set<Path> copies = new LinkedHashSet<>();
        for (Path f : libraries) {
            Path library = f.toAbsolutePath().normalize();
            copies.add(library);
            // an importer compiles the library from this copy, and reads its includes beside it
            for (Path included : LibraryIncludes.of(library)) {
                if (included.startsWith(root)) {
                    copies.add(included);
                } else {
                    getLog().warn(included + ", which " + library + " includes, is outside " + root
                            + ": the library's jar cannot carry it, so a project that imports the library from the jar"
                            + " will not find it");
                }
            }
        }
        for (Path f : copies) {
            Path to = output.resolve(root.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
