package org.termite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state file of an incremental build, kept under {@code target/}: the compiler's fingerprint, and for each
 * file under the source root its stamp and, for a module, its module name (which names the folder of its
 * classes, {@code scm/<module>/}). A state file that is missing, from another format, or damaged reads as
 * empty, which makes the next build a full one.
 *
 * <pre>
 * termite-build-state 1
 * fingerprint 3f2a...
 * M  hello.scm  1732200000000  812  9c1e...  hello
 * O  defs.inc   1732200000000  120  77ab...
 * </pre>
 * (fields separated by tabs).
 */
public final class BuildState {
    private static final String HEADER = "termite-build-state 1";

    /** A file under the source root; {@code module} is null for a file that is not a module. */
    public record Entry(String path, FileStamp stamp, String module) {}

    private final String fingerprint;
    private final Map<String, Entry> entries;

    public BuildState(String fingerprint, Map<String, Entry> entries) {
        this.fingerprint = fingerprint;
        this.entries = new TreeMap<>(entries);
    }

    public static BuildState empty() {
        return new BuildState("", Map.of());
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Entries by path relative to the source root, sorted. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public static BuildState read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")) {
            return empty();
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            boolean module = f.length == 6 && f[0].equals("M");
            if (!module && !(f.length == 5 && f[0].equals("O"))) {
                return empty();
            }
            try {
                FileStamp stamp = new FileStamp(Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
                entries.put(f[1], new Entry(f[1], stamp, module ? f[5] : null));
            } catch (NumberFormatException e) {
                return empty();
            }
        }
        return new BuildState(lines.get(1).substring("fingerprint ".length()), entries);
    }

    /** Writes to a temporary file first, so that an interrupted build never leaves half a state file. */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("fingerprint " + fingerprint);
        for (Entry e : entries.values()) {
            FileStamp s = e.stamp();
            String line = (e.module() != null ? "M" : "O") + "\t" + e.path() + "\t" + s.modified() + "\t" + s.size()
                    + "\t" + s.sha256();
            lines.add(e.module() != null ? line + "\t" + e.module() : line);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, lines, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
