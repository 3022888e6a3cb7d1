package org.termite.nodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Three JVMs running the teleport sample ({@code samples/src/main/scheme/teleport.scm}) in its --log mode on the
 * loopback interface, each line they print kept in order with the time it came. Used by the teleport test and by
 * the observer's page test; {@link #close} kills every JVM it started.
 */
public final class TeleportNodes implements AutoCloseable {
    public static final Path PROGRAM = Path.of("../samples/src/main/scheme/teleport.scm");
    private static final String SECRET = "teleport-test-secret";

    /** One node: its name, its address, its JVM, and its output lines. */
    public static final class NodeRun {
        public final String name;
        public final String address;
        public final Process jvm;
        public final List<String> lines = new CopyOnWriteArrayList<>();

        NodeRun(String name, String address, Process jvm) {
            this.name = name;
            this.address = address;
            this.jvm = jvm;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the JVM is gone: its lines so far stay
                }
            }, "teleport-output-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        /** Whether a line from index {@code from} on satisfies {@code p}. */
        public boolean printed(int from, Predicate<String> p) {
            return lines.subList(Math.min(from, lines.size()), lines.size()).stream().anyMatch(p);
        }
    }

    public final List<NodeRun> nodes = new ArrayList<>();

    /**
     * Starts three nodes named A, B, C, each knowing the two others, with short periods (a thread every 0.5 s, a
     * step every 50 ms, 80 steps, a jump given 2 s) so that a test sees jumps within seconds. {@code observeA}:
     * the address of A's observer page, or null.
     */
    public TeleportNodes(String observeA) throws IOException {
        List<String> addresses = List.of(free(), free(), free());
        String[] names = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            List<String> peers = new ArrayList<>(addresses);
            peers.remove(i);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Dtermite.heartbeat.ms=200", "-Dtermite.dead.ms=2000",
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    "org.termite.compiler.cli.TermiteMain", "run"));
            if (i == 0 && observeA != null) {
                cmd.add("--observe=" + observeA);
            }
            cmd.addAll(List.of(PROGRAM.toString(), "--name", names[i], "--listen", addresses.get(i),
                    "--peers", String.join(",", peers), "--spawn", "0.5", "--step", "0.05", "--steps", "80",
                    "--width", "8", "--rpc-timeout", "2", "--seconds", "120", "--log"));
            ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            b.environment().put("TERMITE_COOKIE", SECRET);
            nodes.add(new NodeRun(names[i], addresses.get(i), b.start()));
        }
    }

    /** A port free now on the loopback interface (another program could take it before the node does). */
    static String free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + s.getLocalPort();
        }
    }

    /** Waits until {@code done} holds, checking every 100 ms, for at most {@code seconds}; returns whether it did. */
    public static boolean within(int seconds, java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }

    @Override
    public void close() {
        for (NodeRun n : nodes) {
            n.jvm.descendants().forEach(ProcessHandle::destroyForcibly);
            n.jvm.destroyForcibly();
        }
    }
}
