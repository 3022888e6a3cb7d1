package org.termite.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the launcher script of an executable jar ({@code app} next to {@code app.jar}) and makes its class-data
 * archive ({@code app.jsa}) with the JDK that runs the compiler.
 *
 * <p>{@code java -jar app.jar} cannot be given JVM options by the jar: a manifest names the main class and the
 * class path, nothing the JVM reads before it starts. The script is what can: it runs the jar with the archive
 * (and the options in {@link #OPTIONS}), and makes the archive again when the jar or the JDK is newer.
 */
public final class LauncherWriter {
    /**
     * JVM options the launcher gives every run, besides the archive. The parallel collector: on the process
     * benchmarks' cold runs it took 30–40% off the CPU time of G1, the JVM's default on a machine of two or more
     * cores (benchmarks/processes/README.md), and it has no humongous regions, where G1 puts every vector of a
     * million elements (benchmarks/r7rs/README.md, array1). TERMITE_JAVA_OPTS=-XX:-UseParallelGC gives the default back.
     */
    static final List<String> OPTIONS = List.of("-XX:+UseParallelGC");

    /** How long making the archive may take before the launcher is written without one. */
    private static final long TRAINING_SECONDS = 120;

    private LauncherWriter() {}

    /** The launcher's path for a jar: the jar's name without {@code .jar} ({@code .run} added to another name). */
    public static Path launcherOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name + ".run");
    }

    /** The archive's path for a jar: the launcher's with {@code .jsa}. */
    public static Path archiveOf(Path jar) {
        return jar.resolveSibling(launcherOf(jar).getFileName() + ".jsa");
    }

    /** Writes the launcher; returns null once the archive is made too, else why it is not (the launcher makes it later). */
    public static String write(Path jar) throws IOException {
        Path launcher = launcherOf(jar);
        String script;
        try (InputStream in = LauncherWriter.class.getResourceAsStream("launcher.sh")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        script = script.replace("@JAR@", jar.getFileName().toString())
                .replace("@ARCHIVE@", archiveOf(jar).getFileName().toString())
                .replace("@OPTIONS@", String.join(" ", OPTIONS));
        Files.writeString(launcher, script);
        try {
            Files.setPosixFilePermissions(launcher, EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the script runs with sh
        }
        return makeArchive(jar);
    }

    private static String makeArchive(Path jar) throws IOException {
        Path archive = archiveOf(jar);
        Path tmp = archive.resolveSibling(archive.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaCommand, "-XX:ArchiveClassesAtExit=" + tmp, "-cp", jar.toString(),
                org.termite.runtime.boot.ArchiveTraining.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Files.deleteIfExists(tmp);
                return "the training run took over " + TRAINING_SECONDS + " s";
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            Files.deleteIfExists(tmp);
            return "interrupted";
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            return "the training run exited with " + p.exitValue();
        }
        Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
        return null;
    }
}
