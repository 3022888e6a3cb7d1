package org.termite.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermitecMainTest {
    @TempDir
    Path dir;

    private Path source(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Console.Result termitec(String... args) {
        return Console.execute(new TermitecMain(), "", args);
    }

    @Test
    void compile_classesDir_writesModuleClasses() throws IOException {
        Path file = source("hello.scm", "(define (twice x) (* 2 x))\n(display (twice 21))\n");
        Path out = dir.resolve("classes");
        Console.Result r = termitec("-d", out.toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        Path module = out.resolve("scm/hello");
        assertTrue(Files.isDirectory(module), "no folder " + module);
        try (Stream<Path> files = Files.list(module)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".class")), "no class file in " + module);
        }
    }

    @Test
    void compile_libraryPath_findsLibrariesInThatFolder() throws IOException {
        Path libs = dir.resolve("libs/util");
        Files.createDirectories(libs);
        Files.writeString(libs.resolve("twice.sld"),
                "(define-library (util twice) (export twice) (import (scheme base)) (begin (define (twice x) (* 2 x))))");
        Path file = source("main.scm", "(import (scheme base) (util twice))\n(twice 21)\n");
        Path out = dir.resolve("classes");
        Console.Result r = termitec("-d", out.toString(), file.toString());
        assertEquals(1, r.code(), "without -I the library is unknown: " + r.err());
        assertTrue(r.err().contains("unknown library (util twice)"), r.err());
        r = termitec("-I", dir.resolve("libs").toString(), "-d", out.toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isDirectory(out.resolve("scm/$dutil$dtwice")), "no classes for the library");
    }

    @Test
    void compile_jar_runsWithJavaDashJar() throws Exception {
        Path file = source("app.scm", """
                (define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
                (write (command-line))
                (newline)
                (display (fact 20))
                (newline)
                (display ((u8vector->object (object->u8vector (lambda (x) (* x 2)))) 21))
                (newline)
                """);
        Path jar = dir.resolve("app.jar");
        Console.Result r = termitec("-o", jar.toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(jar));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "a", "b")).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        // The closure round trip needs the serialization libraries inside the jar.
        // (command-line) starts with the jar as it was named on the command line, not a class name.
        assertEquals("(\"" + jar + "\" \"a\" \"b\")\n2432902008176640000\n42\n", output);
    }

    @Test
    void compile_syntaxError_exits1WithPosition() throws IOException {
        Path file = source("bad.scm", "(display 1)\n\n  (if)\n");
        Console.Result r = termitec("-d", dir.resolve("classes").toString(), file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.scm:3:3"), r.err());
    }

    @Test
    void compile_readError_exits1() throws IOException {
        Path file = source("unclosed.scm", "(display (+ 1 2)\n");
        Console.Result r = termitec("-d", dir.resolve("classes").toString(), file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("unclosed.scm:"), r.err());
    }

    @Test
    void compile_missingFile_exits2() {
        Console.Result r = termitec("-d", dir.toString(), dir.resolve("nowhere.scm").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nowhere.scm"), r.err());
    }

    @Test
    void compile_noFile_isUsageError() {
        Console.Result r = termitec();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage"), r.err());
    }

    @Test
    void help_exits0WithUsage() {
        Console.Result r = termitec("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: termitec"), r.out());
        assertTrue(r.out().contains("--trace"), r.out());
        String help = r.out().replaceAll("\\s+", " ");
        for (String pass : org.termite.compiler.Pipeline.NAMES) {
            assertTrue(help.contains(pass), "the help names pass " + pass + ": " + r.out());
        }
    }

    @Test
    void version_exits0() {
        Console.Result r = termitec("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Termite "), r.out());
    }

    @Test
    void traceExpand_printsCoreIr() throws IOException {
        Path file = source("traced.scm", "(define (add1 x) (+ x 1))\n");
        Console.Result r = termitec("--trace=expand", "-d", dir.resolve("classes").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(";; expand"), r.out());
        assertTrue(r.out().contains("add1"), r.out());
    }

    @Test
    void traceUnknownPass_exits2() throws IOException {
        Path file = source("traced.scm", "1\n");
        Console.Result r = termitec("--trace=optimize", "-d", dir.toString(), file.toString());
        assertEquals(2, r.code());
        for (String pass : org.termite.compiler.Pipeline.NAMES) {
            assertTrue(r.err().contains(pass), r.err());
        }
    }
}
