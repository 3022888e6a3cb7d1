package org.termite.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on the loopback interface, each a JVM running {@code src/test/nodes/nodes.scm} in its own role: remote
 * spawns, messages both ways in order, pids and closures travelling, remote errors, monitors and links across
 * nodes, a refused secret, and a node lost by dying or by going silent.
 */
class NodesTest {
    private static final Path PROGRAM = Path.of("src/test/nodes/nodes.scm");
    private static final String SECRET = "nodes-test-secret";
    private final NodeJvms nodes = new NodeJvms(PROGRAM, SECRET);

    @AfterEach
    void stopAll() {
        nodes.stopAll();
    }

    private Process start(String secret, String... args) throws IOException {
        return nodes.start(List.of(), secret, args);
    }

    private Process start(List<String> jvm, String secret, String... args) throws IOException {
        return nodes.start(jvm, secret, args);
    }

    private String serverPort() throws Exception {
        return nodes.server();
    }

    private static String firstLine(Process p, int seconds) throws Exception {
        return NodeJvms.firstLine(p, seconds);
    }

    private static List<String> rest(Process p, int seconds) throws Exception {
        return NodeJvms.output(p, seconds);
    }

    @Test
    void twoNodes_spawnSendLinkAndMonitorAcrossTheConnection() throws Exception {
        String port = serverPort();
        Process client = start(SECRET, "client", port);
        assertEquals(List.of(
                "3",
                "(1 4 9)",
                "#t #t",
                "(echo hello)",
                "in-order",
                "#t",
                "on: car: expected a pair, got",
                "(#t #t)",
                "(#t #t)",
                "(echo after)",
                "sent-while-busy",
                "(down #t normal)",
                "(exit #t failure)",
                "(ended terminated)",
                "process-alive?: a process of another node (monitor it to learn when it ends):",
                "(0 #t)",
                "#t",
                "(1 #t)",
                "(2 #t)",
                "#t",
                "#t",
                "(#t (hello client) #f)",
                "remote-spawn: cannot reach the node at 127.0.0.1:1: Connection refused"), rest(client, 120));
        assertEquals(0, client.exitValue());
    }

    @Test
    void threeNodes_aPidLeadsToItsNode_andAMovedProcessKeepsItsAddress() throws Exception {
        String first = serverPort();
        String second = serverPort();
        Process client = start(SECRET, "client-three", first, second);
        assertEquals(List.of("(second 42)", "hello"), rest(client, 120));
    }

    @Test
    void termiteApi_pingRemoteServiceAliveAndWaitForAcrossNodes() throws Exception {
        String port = serverPort();
        Process client = start(SECRET, "client-termite", port);
        assertEquals(List.of("pong", "no-reply", "(hello termite)", "(hello again)", "#t", "#f"), rest(client, 120));
        assertEquals(0, client.exitValue());
    }

    @Test
    void strangers_areRefused_andTheNodeGoesOn() throws Exception {
        String port = serverPort();
        Process server = nodes.started().get(0);
        // Something that is not a node, then a frame claiming 2 GB: each connection is dropped, the node lives.
        for (byte[] junk : List.of("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1})) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.parseInt(port))) {
                s.getOutputStream().write(junk);
                s.getOutputStream().flush();
                s.setSoTimeout(10_000);
                assertEquals(-1, s.getInputStream().read(), "the node closes the connection");
            }
        }
        Process client = start("another-secret", "client-refused", port);
        assertEquals(List.of("remote-spawn: the node at 127.0.0.1:" + port + " does not know this system's shared secret"),
                rest(client, 60));
        assertTrue(server.isAlive(), "the node survives strangers");
        Process friend = start(SECRET, "client-refused", port);
        assertEquals(List.of("no-error"), rest(friend, 60), "a node with the secret still gets in");
    }

    @Test
    void aNodeThatDies_breaksLinksAndFiresMonitorsWithNoconnection() throws Exception {
        String port = serverPort();
        Process server = nodes.started().get(0);
        Process client = start(SECRET, "client-lost", port);
        assertEquals("ready", firstLine(client, 60));
        server.destroyForcibly();
        assertEquals(List.of("(down noconnection)", "(exit noconnection)"), rest(client, 60));
    }

    /**
     * The client runs on one scheduler thread and sends 20 MB in one message and then 10 MB to the stopped node: no
     * send may wait for it; past the bound of what may wait to be sent, a send raises instead.
     */
    @Test
    void aNodeThatGoesSilent_isLostWhenItsHeartbeatsStop() throws Exception {
        String port = serverPort();
        Process server = nodes.started().get(0);
        Process client = start(List.of("-XX:ActiveProcessorCount=1", "-Dtermite.queue.max.mb=32"), SECRET,
                "client-silent", port);
        assertEquals("ready", firstLine(client, 60));
        // Stopped, the server keeps its connections open but sends nothing: only the missing heartbeats tell.
        long stopped = System.nanoTime();
        assertEquals(0, new ProcessBuilder("bash", "-c", "kill -STOP " + server.pid()).start().waitFor());
        try {
            assertEquals(List.of("(down noconnection)", "(exit noconnection)", "ticked", "(busy #t)"), rest(client, 60));
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopped);
            assertTrue(seconds < 30, "noticed after " + seconds + " s");
        } finally {
            new ProcessBuilder("bash", "-c", "kill -CONT " + server.pid()).start().waitFor();
        }
    }
}
