package org.termite.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library is not built yet when these run, so the programs keep to primitives (emergency-exit, not exit). */
class TermiteMainTest {
    @TempDir
    Path dir;

    private Console.Result run(String program, String... args) throws IOException {
        Path file = dir.resolve("prog.scm");
        Files.writeString(file, program);
        String[] all = new String[args.length + 2];
        all[0] = "run";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Console.execute(new TermiteMain(), "", all);
    }

    private static void assertNoJavaStackTrace(String err) {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void run_success_exits0() throws IOException {
        Console.Result r = run("(define (sq x) (* x x))\n(display (sq 12))\n(newline)\n(display (cdr (command-line)))\n",
                "x", "y");
        assertEquals(0, r.code(), r.err());
        assertEquals("144\n(x y)", r.out());
        assertEquals("", r.err());
    }

    @Test
    void run_uncaughtError_exits70WithoutJavaTrace() throws IOException {
        Console.Result r = run("(display \"before\")\n(newline)\n(define (f x) (+ 1 (car x)))\n(f 5)\n(display \"after\")\n");
        assertEquals(70, r.code());
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("error: car"), r.err());
        assertTrue(r.err().contains("prog.scm:3"), r.err());
        assertNoJavaStackTrace(r.err());
    }

    @Test
    void run_exit_givesItsCode() throws IOException {
        Console.Result r = run("(display \"bye\")\n(emergency-exit 3)\n(display \"not reached\")\n");
        assertEquals(3, r.code());
        assertEquals("bye", r.out());
    }

    @Test
    void run_compileError_exits1WithPosition() throws IOException {
        Console.Result r = run("(display 1)\n(lambda)\n");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("prog.scm:2:1"), r.err());
        assertNoJavaStackTrace(r.err());
    }

    @Test
    void run_missingFile_exits2() {
        Console.Result r = Console.execute(new TermiteMain(), "", "run", dir.resolve("absent.scm").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("absent.scm"), r.err());
    }

    @Test
    void run_missingFile_givesSystemReason() {
        Path absent = dir.resolve("nonexist.scm");
        Console.Result r = Console.executeTermite("", "run", absent.toString());
        assertEquals(2, r.code());
        assertEquals("error: cannot read " + absent + ": No such file or directory\n", r.err());
    }

    @Test
    void run_folderInsteadOfFile_givesSystemReason() {
        Console.Result r = Console.executeTermite("", "run", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: cannot read " + dir + ": "), r.err());
        assertFalse(r.err().trim().endsWith(dir.toString()), "a reason, not the name again: " + r.err());
    }

    @Test
    void run_optionsAfterProgram_belongToProgram() throws IOException {
        Path file = dir.resolve("args.scm");
        Files.writeString(file, "(write (cdr (command-line)))\n");
        Console.Result r = Console.executeTermite("", "run", file.toString(), "--help", "-v", "x", "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("(\"--help\" \"-v\" \"x\" \"--version\")", r.out());
    }

    @Test
    void run_optionsBeforeProgram_areTermites() throws IOException {
        Path file = dir.resolve("args.scm");
        Files.writeString(file, "(write (cdr (command-line)))\n");
        Console.Result r = Console.executeTermite("", "run", "--trace", "read", file.toString(), "-v");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("(\"-v\")"), r.out());
        assertTrue(r.err().contains("command-line"), "the trace of the read pass: " + r.err());
    }

    @Test
    void fileAsFirstArgument_isShortForRun() throws IOException {
        Path file = dir.resolve("short.scm");
        Files.writeString(file, "(write (command-line))\n");
        Console.Result r = Console.executeTermite("", file.toString(), "a", "--help");
        assertEquals(0, r.code(), r.err());
        assertEquals("(\"" + file + "\" \"a\" \"--help\")", r.out());
    }

    @Test
    void subcommandsAndOptions_areNotTakenForFiles() {
        Console.Result r = Console.executeTermite("", "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Termite "), r.out());
        java.util.Set<String> subcommands = TermiteMain.commandLine().getSubcommands().keySet();
        for (String sub : new String[] {"run", "repl", "node", "test"}) {
            assertEquals(sub, TermiteMain.withRunImplied(new String[] {sub, "--help"}, subcommands)[0], sub);
        }
        assertEquals("run", TermiteMain.withRunImplied(new String[] {"prog.scm", "node"}, subcommands)[0]);
    }

    @Test
    void noSubcommand_printsUsage() {
        Console.Result r = Console.execute(new TermiteMain(), "");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("repl"), r.err());
    }

    @Test
    void version_exits0() {
        Console.Result r = Console.execute(new TermiteMain(), "", "--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Termite "), r.out());
    }

    @Test
    void repl_readsStandardInput() {
        Console.Result r = Console.execute(new TermiteMain(), "(define x 4)\n(* x x)\n", "repl");
        assertEquals(0, r.code(), r.err());
        assertEquals("16\n", r.out());
    }
}
