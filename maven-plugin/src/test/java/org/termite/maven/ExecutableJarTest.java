package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableJarTest {
    @TempDir
    Path project;

    @Test
    void write_jarRunsTheProgramWithNothingElseOnTheClassPath() throws Exception {
        Path sources = Files.createDirectories(project.resolve("src/main/scheme"));
        Path classes = project.resolve("target/classes");
        Files.writeString(sources.resolve("app.scm"),
                "(display (map (lambda (a) (string-append a \"!\")) (cdr (command-line)))) (newline) (exit 3)");
        Files.writeString(sources.resolve("other.scm"), "(display \"not the main\")");
        IncrementalCompiler.run(SourceSet.scan(sources, null, null), classes, project.resolve("target/state"));
        Files.createDirectories(classes.resolve("data"));
        Files.writeString(classes.resolve("data/motd.txt"), "hello");
        Path jar = project.resolve("target/app.jar");

        ExecutableJar.write(classes, sources.resolve("app.scm"), jar);

        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals("org.termite.runtime.boot.Main", j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(j.getEntry("scm/other/__module.class") != null, "every module of the folder is in the jar");
            assertTrue(j.getEntry("data/motd.txt") != null, "resources of the folder are in the jar");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "a", "b").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.waitFor(), out);
        assertEquals("(a! b!)\n", out);
    }

    @Test
    void write_mainWithoutClassesIsAUsageMistake() throws IOException {
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        ExecutableJar.MissingMainException e = assertThrows(ExecutableJar.MissingMainException.class,
                () -> ExecutableJar.write(classes, project.resolve("src/main/scheme/nope.scm"), project.resolve("x.jar")));
        assertTrue(e.getMessage().contains("module nope"), e.getMessage());
    }
}
