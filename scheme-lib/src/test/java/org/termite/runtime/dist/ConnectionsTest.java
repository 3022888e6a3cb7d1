package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One connection per pair of nodes, whatever names they are reached by and whoever dials first: a second
 * connection never replaces one in use, so nothing in flight on it is lost and no monitor fires.
 */
class ConnectionsTest {
    private final List<Process> started = new ArrayList<>();
    private final List<BareNode> nodes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
        nodes.forEach(BareNode::close);
    }

    private Process program(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dtermite.heartbeat.ms=200", "-Dtermite.dead.ms=5000"));
        cmd.addAll(BareNode.classPath());
        cmd.addAll(List.of("org.termite.compiler.cli.TermiteMain", "run", "src/test/nodes/connections.scm"));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().put("TERMITE_COOKIE", BareNode.SECRET);
        Process p = b.start();
        started.add(p);
        return p;
    }

    private static List<String> output(Process p) throws Exception {
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the program did not finish");
        return List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n"));
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aNodeReachedUnderTwoNames_keepsOneConnection_andLosesNothing() throws Exception {
        BareNode node = BareNode.start(BareNode.SECRET, "");
        nodes.add(node);
        assertEquals(List.of("(19999 #t)", "no-down"), output(program("aliases", node.port)));
        assertTrue(!node.errors().contains("refused"), node.errors());
    }

    @Test
    void twoNodesDiallingEachOtherAtOnce_settleOnOneConnection_andNoCallFails() throws Exception {
        int a = freePort();
        int b = freePort();
        Process first = program("mutual", String.valueOf(a), String.valueOf(b), "80");
        Process second = program("mutual", String.valueOf(b), String.valueOf(a), "80");
        assertEquals(List.of("(failed 0)"), output(first));
        assertEquals(List.of("(failed 0)"), output(second));
    }
}
