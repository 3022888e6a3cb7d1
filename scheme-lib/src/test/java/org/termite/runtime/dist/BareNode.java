package org.termite.runtime.dist;

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

/** A {@code termite node} in a JVM of its own, for tests that speak the node protocol to it: its port and its stderr. */
final class BareNode implements AutoCloseable {
    /** One secret for every test of this package: the runtime reads it once per JVM. */
    static final String SECRET = "node-protocol-test-secret";

    final Process process;
    final String port;
    private final StringBuffer errors;

    private BareNode(Process process, String port, StringBuffer errors) {
        this.process = process;
        this.port = port;
        this.errors = errors;
    }

    static List<String> classPath() {
        return List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    /** Starts a node with the secret and JVM options; {@code shell} (may be empty) runs before java, e.g. a ulimit. */
    static BareNode start(String secret, String shell, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (!shell.isEmpty()) {
            cmd.addAll(List.of("bash", "-c", shell + "; exec \"$@\"", "node"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dtermite.heartbeat.ms=200", "-Dtermite.dead.ms=5000"));
        cmd.addAll(List.of(jvm));
        cmd.addAll(classPath());
        cmd.addAll(List.of("org.termite.compiler.cli.TermiteMain", "node"));
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().put("TERMITE_COOKIE", secret);
        Process p = b.start();
        StringBuffer errors = new StringBuffer();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    errors.append(line).append('\n');
                }
            } catch (IOException e) {
                // ended
            }
        });
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("listening 127.0.0.1:")) {
            p.destroyForcibly();
            throw new AssertionError("the node said: " + line + "; " + errors);
        }
        return new BareNode(p, line.substring("listening 127.0.0.1:".length()).trim(), errors);
    }

    /** What the node printed on stderr so far. */
    String errors() {
        return errors.toString();
    }

    /** Waits until stderr contains {@code text}, at most {@code seconds}. */
    boolean waitForError(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!errors().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return errors().contains(text);
    }

    /** Runs {@code sender.scm relay PORT PORT} against the node: an ordinary program must still get its work done. */
    void assertServes(String secret, String... jvm) throws Exception {
        String[] run = relay(secret, jvm);
        assertTrue(run[0].equals("(81 made on the sender)"), "the node no longer serves: " + run[0] + "; " + run[1]
                + "; the node said: " + errors());
    }

    /** Runs {@code sender.scm relay PORT PORT} in a JVM with those options; its standard output and error. */
    String[] relay(String secret, String... jvm) throws Exception {
        return relayVia(port, secret, jvm);
    }

    /**
     * Runs {@code sender.scm relay FIRST PORT}: the sender reaches this node at {@code first} (another way to it, a
     * proxy say), and the closure it sends there calls the node at its own port.
     */
    String[] relayVia(String first, String secret, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        cmd.addAll(List.of(jvm));
        cmd.addAll(classPath());
        cmd.addAll(List.of("org.termite.compiler.cli.TermiteMain", "run", "src/test/nodes/mobile/sender.scm", "relay",
                first, port));
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().put("TERMITE_COOKIE", secret);
        Process p = b.start();
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the program did not finish");
            return new String[] {out, err.get(10, TimeUnit.SECONDS)};
        } finally {
            p.destroyForcibly();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
