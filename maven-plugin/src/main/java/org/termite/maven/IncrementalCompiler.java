package org.termite.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.termite.compiler.JarWriter;
import org.termite.compiler.codegen.ClassNaming;

/**
 * Brings a classes folder up to date with a source root, compiling only what changed since the state file
 * was written.
 *
 * <p>The files the include patterns select are modules, except those made only of define-library forms
 * ({@link LibraryFiles}): a library is compiled with the modules that import it. A module is compiled again
 * when its content changed, when its classes are missing, or when the build is a full one; a full build
 * happens when there is no usable state, when the compiler's fingerprint changed, or when a file that is not a
 * module changed (a library that modules import, or a fragment that they include: which modules use which
 * files is not recorded). The classes of a module live in a folder of their own,
 * {@code scm/<module>/}, which is emptied before the module is written again and deleted with its source, so
 * no class of an old version survives. A module that fails to compile loses its classes and its state entry,
 * so it is tried again next time; the others keep theirs.
 */
public final class IncrementalCompiler {

    /**
     * What a run did: files compiled, files whose classes were removed, files that failed (relative to the
     * source root) and their errors. {@code fullReason} is null for an incremental run.
     */
    public record Outcome(int modules, List<String> compiled, List<String> removed, List<String> failed,
            List<ModuleCompiler.Result> errors, String fullReason) {
        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /**
         * Each error once: a mistake in a library fails every module that imports it, with the same message
         * naming the library's file, and is one mistake to fix.
         */
        public List<String> distinctErrors() {
            return List.copyOf(new java.util.LinkedHashSet<>(errors.stream().map(ModuleCompiler.Result::error).toList()));
        }
    }

    private IncrementalCompiler() {}

    public static Outcome run(SourceSet sources, Path outputDir, Path stateFile) throws IOException {
        return run(sources, outputDir, stateFile, List.of());
    }

    /** The same, with {@code libraryPath} folders where imported libraries are also looked for. */
    public static Outcome run(SourceSet sources, Path outputDir, Path stateFile, List<Path> libraryPath)
            throws IOException {
        BuildState old = BuildState.read(stateFile);
        String fingerprint = CompilerFingerprint.current();
        List<String> modules = new ArrayList<>();
        List<String> others = new ArrayList<>(sources.others());
        List<String> libraries = new ArrayList<>();
        for (String rel : sources.modules()) {
            if (isLibrary(sources, rel, old)) {
                others.add(rel);
                libraries.add(rel);
            } else {
                modules.add(rel);
            }
        }
        for (String rel : sources.others()) {
            if (rel.endsWith(".sld") || rel.endsWith(".scm") && LibraryFiles.onlyLibraries(sources.resolve(rel))) {
                libraries.add(rel);
            }
        }
        // A file a library includes is part of the library, not a program, whatever its name.
        Set<String> included = includedBy(sources, libraries);
        others.addAll(modules.stream().filter(included::contains).toList());
        modules.removeAll(included);
        Map<String, BuildState.Entry> next = new TreeMap<>();
        String fullReason = fullBuildReason(old, fingerprint, sources, others, next);

        List<ModuleCompiler.Result> errors = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, List<String>> byModule = modules.stream().collect(Collectors.groupingBy(
                rel -> ModuleCompiler.moduleName(sources.resolve(rel)), TreeMap::new, Collectors.toList()));
        Set<String> liveModules = byModule.keySet();

        if (fullReason != null) {
            // Libraries' classes are written with their importers', in folders of their own that no state entry
            // names: a full build starts from an empty folder so that none of an old version survives.
            deleteTree(outputDir.resolve(ClassNaming.PACKAGE));
        }
        List<String> removed = new ArrayList<>();
        for (BuildState.Entry e : old.entries().values()) {
            if (e.module() != null && !liveModules.contains(e.module())) {
                deleteModule(outputDir, e.module());
                removed.add(e.path());
            }
        }

        List<String> compiled = new ArrayList<>();
        for (String rel : modules) {
            Path file = sources.resolve(rel);
            String module = ModuleCompiler.moduleName(file);
            List<String> sharing = byModule.get(module);
            if (sharing.size() > 1) {
                errors.add(new ModuleCompiler.Result(module, List.of(), file.toAbsolutePath() + ": module name "
                        + module + " is also the name of " + String.join(", ", otherThan(sharing, rel))
                        + " (a module is named after its file): rename one of them", null));
                failed.add(rel);
                deleteModule(outputDir, module);
                continue;
            }
            BuildState.Entry before = old.entries().get(rel);
            FileStamp stamp = FileStamp.refresh(file, before == null ? null : before.stamp());
            boolean upToDate = fullReason == null && before != null && module.equals(before.module())
                    && stamp.sameContent(before.stamp()) && Files.isRegularFile(moduleClassFile(outputDir, module));
            if (upToDate) {
                next.put(rel, new BuildState.Entry(rel, stamp, module));
                continue;
            }
            ModuleCompiler.Result result = ModuleCompiler.compile(file, libraryPath);
            deleteModule(outputDir, module);
            if (result.failed()) {
                errors.add(result);
                failed.add(rel);
            } else {
                for (Path dir : result.classes().stream().map(c -> outputDir.resolve(c.internalName()).getParent())
                        .collect(Collectors.toSet())) {
                    deleteTree(dir);
                }
                JarWriter.writeClasses(outputDir, result.classes());
                next.put(rel, new BuildState.Entry(rel, stamp, module));
                compiled.add(rel);
            }
        }
        new BuildState(fingerprint, next).write(stateFile);
        return new Outcome(modules.size(), compiled, removed, failed, errors, fullReason);
    }

    /**
     * Why every module must be compiled, or null if only changed ones need be; records the current stamps of
     * the files that are not modules in {@code next}.
     */
    private static String fullBuildReason(BuildState old, String fingerprint, SourceSet sources, List<String> others,
            Map<String, BuildState.Entry> next) throws IOException {
        String reason = null;
        if (old.entries().isEmpty() && old.fingerprint().isEmpty()) {
            reason = "no earlier build";
        } else if (!old.fingerprint().equals(fingerprint)) {
            reason = "the compiler changed";
        }
        Map<String, BuildState.Entry> oldOthers = new HashMap<>();
        old.entries().values().stream().filter(e -> e.module() == null).forEach(e -> oldOthers.put(e.path(), e));
        for (String rel : others) {
            BuildState.Entry before = oldOthers.remove(rel);
            FileStamp stamp = FileStamp.refresh(sources.resolve(rel), before == null ? null : before.stamp());
            if (reason == null && (before == null || !stamp.sameContent(before.stamp()))) {
                reason = rel + " changed, and it is not a module (a module may import or include it)";
            }
            next.put(rel, new BuildState.Entry(rel, stamp, null));
        }
        if (reason == null && !oldOthers.isEmpty()) {
            reason = oldOthers.keySet().iterator().next() + " was deleted, and it was not a module";
        }
        return reason;
    }

    /** A file the patterns select that holds only libraries; an unchanged file keeps its earlier verdict. */
    private static boolean isLibrary(SourceSet sources, String rel, BuildState old) throws IOException {
        Path file = sources.resolve(rel);
        BuildState.Entry before = old.entries().get(rel);
        if (before != null && FileStamp.refresh(file, before.stamp()).sameContent(before.stamp())) {
            return before.module() == null;
        }
        return LibraryFiles.onlyLibraries(file);
    }

    /** The files under the root that {@code libraries} include, relative to the root. */
    private static Set<String> includedBy(SourceSet sources, List<String> libraries) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        Path root = sources.resolve("").toAbsolutePath().normalize();
        for (String rel : libraries) {
            for (Path f : LibraryIncludes.of(sources.resolve(rel).toAbsolutePath().normalize())) {
                if (f.startsWith(root)) {
                    out.add(root.relativize(f).toString().replace(java.io.File.separatorChar, '/'));
                }
            }
        }
        return out;
    }

    private static List<String> otherThan(List<String> sharing, String self) {
        return sharing.stream().filter(s -> !s.equals(self)).toList();
    }

    /** The class file of a module's top level: present exactly when the module has been written. */
    static Path moduleClassFile(Path outputDir, String module) {
        return outputDir.resolve(new ClassNaming(module).moduleClass() + ".class");
    }

    private static void deleteModule(Path outputDir, String module) throws IOException {
        deleteTree(moduleClassFile(outputDir, module).getParent());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
