package org.termite.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nodes that run different programs, or none: work made by one program runs on nodes that never had its code,
 * which they fetch from the node that sent it. Each node is a JVM on the loopback interface; a bare node is
 * {@code termite node}.
 */
class MobileCodeTest {
    private static final Path DIR = Path.of("src/test/nodes/mobile");
    private static final String SECRET = "mobile-code-test-secret";
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private Process start(List<String> jvm, List<String> args, boolean stdin) throws IOException {
        List<String> cmd = NodeJvms.java(jvm);
        cmd.addAll(args);
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE);
        if (!stdin) {
            b.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        b.environment().put("TERMITE_COOKIE", SECRET);
        Process p = b.start();
        started.add(p);
        CompletableFuture.runAsync(() -> drainErrors(p));
        return p;
    }

    private final StringBuffer errors = new StringBuffer();

    private void drainErrors(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                errors.append(line).append('\n');
                System.err.println("[node " + p.pid() + "] " + line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** A bare node; returns its port. */
    private String bareNode(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("node"));
        args.addAll(List.of(options));
        Process node = start(List.of(), args, false);
        String line = NodeJvms.firstLine(node, 60);
        assertTrue(line != null && line.startsWith("listening 127.0.0.1:"), "the node said: " + line);
        return line.substring("listening 127.0.0.1:".length()).trim();
    }

    private Process program(String file, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("run", DIR.resolve(file).toString()));
        all.addAll(List.of(args));
        return start(List.of(), all, false);
    }

    @Test
    void aBareNode_runsClosuresProcessesMigrationsAndContinuationsOfAProgramItLacks() throws Exception {
        String port = bareNode();
        Process sender = program("sender.scm", "basics", port);
        assertEquals(List.of(
                "(49 made on the sender (1 4 9))",
                "hello-from-there",
                "2 0",
                "on: car: expected a pair, got",
                "on: no answer from the node within the timeout:",
                "(sq 144)",
                "#t (1 moved 2) #t",
                "(resumed 25 #t)"), NodeJvms.output(sender, 120));
        assertEquals(0, sender.exitValue());
    }

    @Test
    void codePassesOn_fromANodeThatReceivedItToAThird() throws Exception {
        String first = bareNode();
        String second = bareNode();
        Process sender = program("sender.scm", "relay", first, second);
        assertEquals(List.of("(81 made on the sender)"), NodeJvms.output(sender, 120));
    }

    @Test
    void fetchedCode_outlivesItsSender_andTwoVersionsOfAModuleRunSideBySide_andAProcessMovesToNewCode()
            throws Exception {
        String port = bareNode();
        Process keeper = program("sender.scm", "publish", port);
        assertEquals(List.of("published"), NodeJvms.output(keeper, 120));
        // the sender has ended: its code and definitions stay on the node
        assertEquals(List.of("((made on the sender 0) (made on the sender 1))"),
                NodeJvms.output(program("client.scm", "use", port), 120));

        assertEquals(List.of("(counter v1 2)"), NodeJvms.output(program("v1/counter.scm", "start", port), 120));
        assertEquals(List.of("(counter v1 2)", "(counter v2 count 10)"),
                NodeJvms.output(program("v2/counter.scm", "beside", port), 120));
        // version 1's process takes version 2's loop and keeps its count
        assertEquals(List.of("(counter v2 count 12)"), NodeJvms.output(program("v2/counter.scm", "upgrade", port), 120));
    }

    @Test
    void aNodeThatRefusesForeignCode_refusesTheWork_andSaysWhy() throws Exception {
        String port = bareNode("--refuse-code");
        Process sender = program("sender.scm", "relay", port, port);
        List<String> out = NodeJvms.output(sender, 120);
        assertTrue(out.isEmpty(), "printed " + out);
        assertTrue(errors.toString().contains("this node does not accept code from other nodes"), errors.toString());
        assertTrue(errors.toString().contains("square") || errors.toString().contains("lambda"), errors.toString());
    }

    @Test
    void theRepl_drivesABareNode() throws Exception {
        String port = bareNode();
        Process repl = start(List.of(), List.of("repl"), true);
        try (var in = repl.getOutputStream()) {
            in.write(("(node-init (make-node \"127.0.0.1\" 0))\n"
                    + "(define n (make-node \"127.0.0.1\" " + port + "))\n"
                    + "(define (sq x) (* x x))\n"
                    + "(on n (lambda () (list (string? (host-name)) (sq 12))))\n"
                    + "(map (lambda (m) (on m (lambda () (sq 3)))) (list n n))\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> out = NodeJvms.output(repl, 120);
        assertTrue(out.contains("(#t 144)") && out.contains("(9 9)"), "the REPL printed " + out);
    }

    @Test
    void aProcessMigratingToANodeThatDiesBeforeItArrives_comesBackAndSaysSo() throws Exception {
        String port = bareNode();
        Process node = started.get(started.size() - 1);
        Process sender = program("sender.scm", "migrate-lost", port);
        assertEquals("ready", NodeJvms.firstLine(sender, 60));
        assertEquals(0, new ProcessBuilder("bash", "-c", "kill -STOP " + node.pid()).start().waitFor());
        Thread.sleep(2500);
        node.destroyForcibly();
        List<String> out = NodeJvms.output(sender, 60);
        assertEquals(1, out.size(), "printed " + out);
        assertTrue(out.get(0).startsWith("migrate-task: the node at 127.0.0.1:" + port
                + " was lost before the process arrived there"), out.get(0));
    }

    @Test
    void aNodeRestartedAtTheSameAddress_isANewIncarnation_thatOldPidsDoNotDisturb() throws Exception {
        int free;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        String port = bareNode("--listen", "127.0.0.1:" + free);
        Process first = started.get(started.size() - 1);
        Process sender = program("sender.scm", "restart", port);
        assertEquals("ready", NodeJvms.firstLine(sender, 60));
        first.destroyForcibly();
        first.waitFor(10, TimeUnit.SECONDS);
        bareNode("--listen", "127.0.0.1:" + free);
        assertEquals(List.of("noconnection", "noproc", "no-spurious-down", "(fast #t)"), NodeJvms.output(sender, 120));
    }
}
