package org.termite.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.ir.MalformedIr;

/**
 * Compiles every end-to-end test program and sample (with the Scheme library, which these programs use) and
 * checks the IR after every pass: a pass that breaks its output language fails here, naming the pass, even where
 * the program would happen to run. Programs are compiled, not run; one that is expected to fail to compile may.
 */
class WellFormedIrTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/test/scheme"), Path.of("../samples/src/main/scheme"));

    @TestFactory
    Stream<DynamicTest> everyProgram_isWellFormedAfterEveryPass() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : ROOTS) {
            if (Files.isDirectory(root)) {
                files.addAll(org.termite.compiler.testing.TestPrograms.find(root));
            }
        }
        assertTrue(files.size() > 100, "found only " + files.size() + " programs");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file);
        Session session = new Session();
        session.libraries().addRoot(Path.of("src/test/library-path/libs").toAbsolutePath());
        session.compiler().checkingEachPass();
        try {
            session.compiler().compile(text, file.toString(), "checked_" + Compiler.moduleName(file.toString()));
        } catch (CompileError e) {
            assertTrue(text.contains(";; error:"), file + " does not compile: " + e.getMessage());
        } catch (MalformedIr e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }
}
