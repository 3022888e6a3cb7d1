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
 * Large messages cut into chunks between two nodes ({@code src/test/nodes/large.scm}): 20 MB messages and
 * messages just below, at and above the chunk size, each followed by small ones to the same process, while small
 * messages stream to another process and round trips run, both ways at once. Every message arrives once, intact,
 * and in order per pair of processes: a small message never overtakes a large one sent before it to the same
 * process. The sender overwrites each large bytevector right after sending it: what arrives is what it held then.
 */
class LargeMessagesTest {
    private static final Path PROGRAM = Path.of("src/test/nodes/large.scm");
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx1g", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", PROGRAM.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().put("TERMITE_COOKIE", "large-messages-test");
        Process p = b.start();
        started.add(p);
        return p;
    }

    @Test
    void largeAndSmallMessages_arriveIntactAndInOrderPerPairOfProcesses() throws Exception {
        Process server = start("server");
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        assertTrue(line != null && line.startsWith("listening "), "server said: " + line);
        Process client = start("client", line.substring("listening ".length()).trim());
        if (!client.waitFor(240, TimeUnit.SECONDS)) {
            throw new AssertionError("the client did not finish in 240 s");
        }
        String all = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "round-trips 300",
                "(mixed 28 ())",
                "(small 2000 ())",
                "(back 28 ())"), List.of(all.split("\n")));
        assertEquals(0, client.exitValue());
    }
}
