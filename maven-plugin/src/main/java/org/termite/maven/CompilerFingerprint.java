package org.termite.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.termite.compiler.Compiler;
import org.termite.runtime.boot.Boot;

/**
 * Identifies the compiler, runtime and Scheme library this plugin runs with. Classes compiled by another
 * build of them may differ (inlined primitives, library macros, class layout), so a build whose fingerprint
 * differs from the recorded one recompiles everything. A jar is identified by its path, size and time; a
 * classes folder (inside a reactor build) by the same facts about every file in it.
 */
public final class CompilerFingerprint {
    private CompilerFingerprint() {}

    private static volatile String cached;

    public static String current() throws IOException {
        String f = cached;
        if (f == null) {
            StringBuilder facts = new StringBuilder();
            for (Path root : roots()) {
                describe(root, facts);
            }
            f = FileStamp.sha256(facts.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
            // A jar in a local repository does not change under a running Maven; a reactor's classes folder can
            // (a later module of the same build), so only the former is cached.
            if (roots().stream().noneMatch(Files::isDirectory)) {
                cached = f;
            }
        }
        return f;
    }

    private static List<Path> roots() throws IOException {
        URL library = Compiler.class.getClassLoader().getResource(Boot.LIBRARY_INDEX);
        Path compiler = codeSource(Compiler.class);
        Path runtime = codeSource(Boot.class);
        return library == null ? List.of(compiler, runtime) : List.of(compiler, runtime, org.termite.compiler.JarWriter.rootOf(library, Boot.LIBRARY_INDEX));
    }

    private static Path codeSource(Class<?> c) throws IOException {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void describe(Path root, StringBuilder facts) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    facts.append(root.relativize(f)).append(' ').append(Files.size(f)).append(' ')
                            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
                }
            }
        } else {
            facts.append(root).append(' ').append(Files.size(root)).append(' ')
                    .append(Files.getLastModifiedTime(root).toMillis()).append('\n');
        }
    }
}
