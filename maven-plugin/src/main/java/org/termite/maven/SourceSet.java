package org.termite.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a source root, split into modules (the files the include patterns select and the exclude
 * patterns do not) and other files (fragments read by {@code include}, notes, data). Paths are relative to
 * the root, with '/' separators, sorted, so the order of compilation and of the state file never depends on
 * the file system.
 *
 * <p>Patterns are globs as in Maven's own includes: {@code **}{@code /*.scm} also matches {@code hello.scm} at
 * the root, which a plain {@link PathMatcher} glob would not.
 */
public final class SourceSet {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.scm");

    private final Path root;
    private final List<String> modules;
    private final List<String> others;

    private SourceSet(Path root, List<String> modules, List<String> others) {
        this.root = root;
        this.modules = modules;
        this.others = others;
    }

    /** Scans {@code root}; a missing root is an empty set (a project with no Scheme tests, say). */
    public static SourceSet scan(Path root, List<String> includes, List<String> excludes) throws IOException {
        List<String> modules = new ArrayList<>();
        List<String> others = new ArrayList<>();
        if (Files.isDirectory(root)) {
            List<PathMatcher> in = matchers(includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes);
            List<PathMatcher> out = matchers(excludes == null ? List.of() : excludes);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    Path rel = root.relativize(f);
                    String name = rel.toString().replace('\\', '/');
                    if (matches(in, rel) && !matches(out, rel)) {
                        modules.add(name);
                    } else {
                        others.add(name);
                    }
                }
            }
        }
        return new SourceSet(root, List.copyOf(modules), List.copyOf(others));
    }

    public Path root() {
        return root;
    }

    /** The files compiled as modules, relative to the root. */
    public List<String> modules() {
        return modules;
    }

    /** Every other file under the root, relative to it. */
    public List<String> others() {
        return others;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    private static List<PathMatcher> matchers(List<String> patterns) {
        FileSystem fs = FileSystems.getDefault();
        List<PathMatcher> result = new ArrayList<>();
        for (String p : patterns) {
            String glob = p.trim().replace('\\', '/');
            if (glob.isEmpty()) {
                continue;
            }
            for (String variant : zeroFolderVariants(glob, 0)) {
                result.add(fs.getPathMatcher("glob:" + variant));
            }
        }
        return result;
    }

    /** The glob, and the globs in which a folder wildcard ({@code **}) followed by a slash matches no folder. */
    static List<String> zeroFolderVariants(String glob, int from) {
        int i = glob.indexOf("**/", from);
        while (i > 0 && glob.charAt(i - 1) != '/') {
            i = glob.indexOf("**/", i + 1);
        }
        if (i < 0) {
            return List.of(glob);
        }
        List<String> result = new ArrayList<>(zeroFolderVariants(glob, i + 3));
        result.addAll(zeroFolderVariants(glob.substring(0, i) + glob.substring(i + 3), i));
        return result;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
