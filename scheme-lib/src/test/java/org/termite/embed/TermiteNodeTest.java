package org.termite.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A Java application that embeds Termite as a node: another node's program runs its work there. */
class TermiteNodeTest {
    private static final String SECRET = "node-protocol-test-secret";

    @Test
    void startNode_listens_andRunsWorkThatAnotherNodeSends() throws Exception {
        System.setProperty("termite.cookie", SECRET);
        Termite node = Termite.startNode("127.0.0.1", 0);
        String address = node.nodeAddress();
        assertTrue(address != null && address.startsWith("127.0.0.1:"), address);
        String port = address.substring(address.indexOf(':') + 1);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", "src/test/nodes/mobile/sender.scm", "relay", port, port));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().put("TERMITE_COOKIE", SECRET);
        Process p = b.start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program did not finish");
            assertEquals("(81 made on the sender)",
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } finally {
            p.destroyForcibly();
        }
    }
}
