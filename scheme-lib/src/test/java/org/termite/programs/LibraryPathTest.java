package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Libraries found through -I / --library-path, and in a jar on the class path, with the files they include. */
class LibraryPathTest {
    private static final Path ROOT = Path.of("src/test/library-path");
    private static final String PROGRAM = ROOT.resolve("programs/use-area.scm").toString();
    /** Imports (shapes volume), whose declarations, body and body's own include are files beside its .sld. */
    private static final String VOLUME = ROOT.resolve("programs/use-volume.scm").toString();
    private static final List<String> VOLUME_FILES = List.of("shapes/area.sld", "shapes/volume.sld",
            "shapes/volume-exports.scm", "shapes/volume-body.scm", "shapes/volume-helpers.scm");

    @Test
    void run_withoutTheLibraryPath_namesWhereItLooked() throws Exception {
        ProgramsTest.Result r = TermiteCommand.run(List.of("run"), PROGRAM);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("import: unknown library (shapes area)"), r.err());
        assertTrue(r.err().contains("on the class path"), r.err());
    }

    @Test
    void run_withLibraryPath_findsTheLibrary() throws Exception {
        ProgramsTest.Result r = TermiteCommand.run(List.of("run", "-I", ROOT.resolve("libs").toString()), PROGRAM);
        assertEquals(0, r.code(), r.err());
        assertEquals("49\n", r.out());
        r = TermiteCommand.run(List.of("run", "--library-path", ROOT.resolve("libs").toString()), PROGRAM);
        assertEquals("49\n", r.out(), r.err());
    }

    @Test
    void run_withTheLibraryInAJarOnTheClassPath_findsItByName(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("shapes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("shapes/area.sld"));
            out.write(Files.readAllBytes(ROOT.resolve("libs/shapes/area.sld")));
            out.closeEntry();
        }
        ProgramsTest.Result r = TermiteCommand.runWithClassPath(jar + File.pathSeparator, List.of("run"), PROGRAM);
        assertEquals(0, r.code(), r.err());
        assertEquals("49\n", r.out());
    }

    @Test
    void run_withLibraryPath_readsTheIncludesBesideTheLibrary() throws Exception {
        ProgramsTest.Result r = TermiteCommand.run(List.of("run", "-I", ROOT.resolve("libs").toString()), VOLUME);
        assertEquals(0, r.code(), r.err());
        assertEquals("27\n", r.out());
    }

    @Test
    void run_withALibraryInAJar_readsItsIncludesAndTheLibrariesBesideItFromTheJar(@TempDir Path dir) throws Exception {
        Path jar = jarOf(dir.resolve("shapes.jar"), VOLUME_FILES);
        ProgramsTest.Result r = TermiteCommand.runWithClassPath(jar + File.pathSeparator, List.of("run"), VOLUME);
        assertEquals(0, r.code(), r.err());
        assertEquals("27\n", r.out());
    }

    @Test
    void run_withAnIncludeMissingFromTheJar_namesTheEntryInTheJar(@TempDir Path dir) throws Exception {
        Path jar = jarOf(dir.resolve("shapes.jar"),
                VOLUME_FILES.stream().filter(f -> !f.endsWith("volume-body.scm")).toList());
        ProgramsTest.Result r = TermiteCommand.runWithClassPath(jar + File.pathSeparator, List.of("run"), VOLUME);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("cannot include jar:" + jar.toUri() + "!/shapes/volume-body.scm: no such file"),
                r.err());
        assertTrue(r.err().contains("!/shapes/volume.sld:4:3"), "the include's own place: " + r.err());
    }

    private static Path jarOf(Path jar, List<String> files) throws Exception {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String f : files) {
                out.putNextEntry(new JarEntry(f));
                out.write(Files.readAllBytes(ROOT.resolve("libs").resolve(f)));
                out.closeEntry();
            }
        }
        return jar;
    }
}
