package org.termite.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termite.compiler.Compiler;
import org.termite.compiler.JarWriter;
import org.termite.compiler.Session;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;

/**
 * A closure and a continuation serialized by one JVM and used by another: two real processes started with
 * {@code java -jar} from the same executable jar, passing bytes through files. A jar built from a changed
 * version of the program refuses the bytes, naming the procedure that changed.
 */
class SeparateJvmTest {
    private static final String PROGRAM = """
            ;; usage: write DIR | read DIR
            (define mode (list-ref (command-line) 1))
            (define dir (list-ref (command-line) 2))
            (define (path name) (string-append dir "/" name))
            (define (save name bytes)
              (let ((p (open-binary-output-file (path name)))) (write-bytevector bytes p) (close-port p)))
            (define (load-bytes name)
              (let* ((p (open-binary-input-file (path name))) (b (read-bytevector 10000000 p)))
                (close-port p)
                b))
            (define-record-type point (make-point x y) point? (x point-x) (y point-y))
            (define (make-counter start)
              (let ((n start))
                (lambda (step) (set! n (+ n step)) (list n (make-point n (* n n))))))
            (define (checkpoint)
              (call/cc (lambda (k) (save "continuation" (object->u8vector k)) #f)))
            (cond ((equal? mode "write")
                   (let ((c (make-counter 10)))
                     (c 1)
                     (save "closure" (object->u8vector c))
                     (let ((resumed (checkpoint)))
                       (if resumed
                           (begin (display (list 'resumed resumed (car (c 100)))) (newline))
                           (begin (display "written") (newline))))))
                  (else
                   (let ((r ((u8vector->object (load-bytes "closure")) 5)))
                     (display (list (car r) (point? (cadr r)) (point-y (cadr r)))) (newline))
                   ((u8vector->object (load-bytes "continuation")) 'hello)
                   (display "not reached") (newline)))
            """;

    @TempDir
    static Path dir;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        jar = dir.resolve("migrate.jar");
        writeJar(jar, PROGRAM);
    }

    /** Compiles the program as module "migrate" into an executable jar, as termitec -o does. */
    static void writeJar(Path target, String program) throws IOException {
        Session session = new Session();
        String module = Compiler.moduleName("migrate.scm");
        List<GeneratedClass> classes = session.compiler().compile(program, "migrate.scm", module);
        JarWriter.write(target, classes, new ClassNaming(module).moduleClass().replace('/', '.'));
    }

    record Run(int code, String out, String err) {}

    static Run javaJar(Path jarFile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jarFile.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void closureAndContinuation_writtenByOneJvm_runInAnother() throws Exception {
        Path data = Files.createDirectories(dir.resolve("same-program"));
        Run writer = javaJar(jar, "write", data.toString());
        assertEquals(0, writer.code(), writer.err());
        assertEquals("written\n", writer.out());
        assertTrue(Files.size(data.resolve("closure")) < 200, "closure bytes: " + Files.size(data.resolve("closure")));

        Run reader = javaJar(jar, "read", data.toString());
        assertEquals(0, reader.code(), reader.err());
        // the closure's counter went on from 11; the continuation finished the writer's computation here,
        // with the writer's counter as it was when the continuation was captured
        assertEquals("(16 #t 256)\n(resumed hello 111)\n", reader.out());
    }

    @Test
    void changedProgram_refusesTheBytes_namingTheProcedure() throws Exception {
        Path data = Files.createDirectories(dir.resolve("changed-program"));
        assertEquals(0, javaJar(jar, "write", data.toString()).code());
        Path changed = dir.resolve("migrate-changed.jar");
        writeJar(changed, PROGRAM.replace("(* n n)", "(* n 3)"));

        Run reader = javaJar(changed, "read", data.toString());
        assertEquals(70, reader.code(), reader.err());
        assertTrue(reader.err().contains("u8vector->object: procedure lambda")
                && reader.err().contains("of module migrate differs from the version that was serialized"), reader.err());
        assertFalse(reader.err().contains("Exception"), reader.err());
    }

    @Test
    void jar_bundlesWhatSerializationNeeds() throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            assertTrue(j.getEntry("com/esotericsoftware/kryo/Kryo.class") != null);
            assertTrue(j.getEntry("org/termite/runtime/serial/ObjectCodec.class") != null);
        }
    }
}
