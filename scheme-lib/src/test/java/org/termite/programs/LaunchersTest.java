package org.termite.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./termite and ./termitec work through a symbolic link on the PATH, as a user installs them. The build is
 * skipped (TERMITE_NO_BUILD): Maven has just built what they run.
 */
class LaunchersTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Result shell(String command) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("termite"), ROOT.resolve("termite"));
        Files.createSymbolicLink(bin.resolve("termitec"), ROOT.resolve("termitec"));
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
        pb.environment().put("TERMITE_NO_BUILD", "1");
        pb.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    record Result(int code, String out, String err) {}

    @Test
    void termite_throughSymlinkOnPath_runsProgramWithItsArguments() throws Exception {
        Files.writeString(dir.resolve("prog.scm"), "(write (command-line)) (newline)\n");
        Result r = shell("termite prog.scm --help -v x");
        assertEquals(0, r.code, r.err);
        assertEquals("(\"prog.scm\" \"--help\" \"-v\" \"x\")\n", r.out);
    }

    @Test
    void termitec_throughSymlinkOnPath_compiles() throws Exception {
        Files.writeString(dir.resolve("prog.scm"), "(display 42)\n");
        Result r = shell("termitec -d classes prog.scm && ls classes/scm");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("prog"), r.out);
    }

    @Test
    void termite_missingFile_saysWhy() throws Exception {
        Result r = shell("termite nonexist.scm");
        assertEquals(2, r.code);
        assertEquals("error: cannot read nonexist.scm: No such file or directory\n", r.err);
    }

    @Test
    void termitecLauncher_writesScriptAndArchive_thatRunTheProgram() throws Exception {
        Files.writeString(dir.resolve("prog.scm"), "(write (cdr (command-line))) (newline)\n");
        Result r = shell("termitec --launcher -o app.jar prog.scm && ls app.jsa && ./app 1 \"two words\"");
        assertEquals(0, r.code, r.err);
        assertEquals("app.jsa\n(\"1\" \"two words\")\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void launcher_remakesAnArchiveOlderThanItsJar_andIgnoresABadOneQuietly() throws Exception {
        Files.writeString(dir.resolve("prog.scm"), "(display 42) (newline)\n");
        Result r = shell("termitec --launcher -o app.jar prog.scm && touch -d '1 minute ago' app.jsa && ./app"
                + " && test app.jsa -nt app.jar && echo remade"
                + " && rm -f app.jsa && echo 'not an archive' >app.jsa && ./app && TERMITE_CDS=0 ./app");
        assertEquals(0, r.code, r.err);
        assertEquals("42\nremade\n42\n42\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void termitecLauncher_withoutJar_isAUsageError() throws Exception {
        Files.writeString(dir.resolve("prog.scm"), "(display 42)\n");
        Result r = shell("termitec --launcher -d classes prog.scm");
        assertEquals(2, r.code);
        assertEquals("termitec: --launcher needs -o APP.jar\n", r.err);
    }
}
