package org.termite.nodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * JVMs that each run one Scheme program as a node on the loopback interface, for tests that cross nodes: started
 * with short heartbeats, a shared secret, and stopped (with their children) by {@link #stopAll}.
 */
final class NodeJvms {
    private final Path program;
    private final String secret;
    private final List<Process> started = new ArrayList<>();

    NodeJvms(Path program, String secret) {
        this.program = program;
        this.secret = secret;
    }

    /** {@code java} with the nodes' options, this module's class path and the {@code termite} command's main class. */
    static List<String> java(List<String> jvm) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dtermite.heartbeat.ms=200", "-Dtermite.dead.ms=2000"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain"));
        return cmd;
    }

    Process start(String... args) throws IOException {
        return start(List.of(), secret, args);
    }

    /** {@code termite run PROGRAM ARGS...} with more JVM options and a secret of its own. */
    Process start(List<String> jvm, String secret, String... args) throws IOException {
        List<String> cmd = java(jvm);
        cmd.addAll(List.of("run", program.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().put("TERMITE_COOKIE", secret);
        Process p = b.start();
        started.add(p);
        return p;
    }

    /** The processes started so far, in order. */
    List<Process> started() {
        return started;
    }

    /** Starts a node with the role "server" and returns the port it prints once it listens. */
    String server() throws Exception {
        Process server = start("server");
        String line = firstLine(server, 60);
        if (line == null || !line.startsWith("listening ")) {
            throw new AssertionError("server said: " + line);
        }
        return line.substring("listening ".length()).trim();
    }

    static String firstLine(Process p, int seconds) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(seconds, TimeUnit.SECONDS);
    }

    /** Everything {@code p} prints until it ends, which must be within {@code seconds}. */
    static List<String> output(Process p, int seconds) throws Exception {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the node did not finish in " + seconds + " s");
        }
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return all.isEmpty() ? List.of() : List.of(all.split("\n"));
    }

    void stopAll() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
