package org.termite.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nodes on the loopback interface that find each other, each a JVM running {@code src/test/discovery/member.scm},
 * which prints its {@code (nodes)} at every node-up and node-down event: by multicast beacons (three nodes, one
 * killed), by seeds, and not at all with another secret. Each test uses a beacon port and cluster name of its own.
 */
class DiscoveryTest {
    private static final Path PROGRAM = Path.of("src/test/discovery/member.scm");
    private static final long WAIT_MS = 60_000;
    private final List<Member> started = new ArrayList<>();
    private final String cluster = "test-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final int beaconPort = 40_000 + ThreadLocalRandom.current().nextInt(20_000);

    /** One node: its process, and what it printed, as it prints it. */
    private static final class Member {
        final Process process;
        final List<String> out = new CopyOnWriteArrayList<>();
        final List<String> err = new CopyOnWriteArrayList<>();
        volatile String address;

        Member(Process p) {
            process = p;
            follow(p.getInputStream(), out, true);
            follow(p.getErrorStream(), err, false);
        }

        private void follow(java.io.InputStream in, List<String> into, boolean stdout) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (stdout && line.startsWith("listening ")) {
                            address = line.substring("listening ".length()).trim();
                        }
                        into.add(line);
                    }
                } catch (IOException ignored) {
                    // the node ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        /** The nodes it saw in its last view, "" for none. */
        String view() {
            for (int i = out.size() - 1; i >= 0; i--) {
                String[] f = out.get(i).split(" ", -1);
                if (f[0].equals("view")) {
                    return f.length > 3 ? f[3] : "";
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return address + " out " + out + " err " + err;
        }
    }

    @AfterEach
    void stopAll() {
        for (Member m : started) {
            m.process.descendants().forEach(ProcessHandle::destroyForcibly);
            m.process.destroyForcibly();
        }
    }

    private Member start(String secret, String... flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx128m", "-Dtermite.discovery.port=" + beaconPort,
                "-Dtermite.discovery.interval.ms=300", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", "--cluster", cluster));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of(PROGRAM.toString(), "127.0.0.1", "0"));
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().put("TERMITE_COOKIE", secret);
        Member m = new Member(b.start());
        started.add(m);
        waitUntil("node listens: " + m, () -> m.address != null);
        return m;
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + WAIT_MS + " ms for: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static String others(Member self, Member... all) {
        List<String> a = new ArrayList<>();
        for (Member m : all) {
            if (m != self) {
                a.add(m.address);
            }
        }
        a.sort(null);
        return String.join(",", a);
    }

    private static void converge(Member... all) throws InterruptedException {
        for (Member m : all) {
            waitUntil("the view of " + m.address + " is " + others(m, all) + ": " + m,
                    () -> others(m, all).equals(m.view()));
        }
    }

    private static boolean printed(Member m, Predicate<String> line) {
        return m.out.stream().anyMatch(line) || m.err.stream().anyMatch(line);
    }

    @Test
    void beacons_threeNodesFindEachOther_andSeeAKilledOneGo() throws Exception {
        Member a = start("disc-secret", "--discover");
        Member b = start("disc-secret", "--discover");
        Member c = start("disc-secret", "--discover");
        converge(a, b, c);
        c.process.destroyForcibly();
        converge(a, b);
        for (Member m : List.of(a, b)) {
            assertTrue(printed(m, l -> l.contains("down:" + c.address + ":noconnection")), m.toString());
            assertEquals(List.of(), m.err, "nothing to complain about");
        }
    }

    @Test
    void seeds_connectANodeThatSendsNoBeacons_andBothTellUp() throws Exception {
        Member a = start("seed-secret");
        Member b = start("seed-secret", "--seeds", "127.0.0.1:1," + a.address);
        converge(a, b);
        assertTrue(printed(a, l -> l.contains("up:" + b.address)), a.toString());
        waitUntil("the unreachable seed is named once: " + b,
                () -> printed(b, l -> l.contains("cannot connect to the node at 127.0.0.1:1")));
        assertEquals(1, b.err.stream().filter(l -> l.contains("127.0.0.1:1")).count(), b.toString());
    }

    @Test
    void dns_nameResolvingToTheNode_connectsIt() throws Exception {
        Member a = start("dns-secret");
        Member b = start("dns-secret", "--dns", "localhost:" + a.address.substring(a.address.lastIndexOf(':') + 1));
        converge(a, b);
    }

    @Test
    void beacons_floodOfGarbage_isNamedOnce_andNodesStillFindEachOther() throws Exception {
        Member a = start("flood-secret", "--discover");
        Member b = start("flood-secret", "--discover");
        converge(a, b);
        java.util.Random r = new java.util.Random(5);
        long start = System.nanoTime();
        try (java.nio.channels.DatagramChannel ch = java.nio.channels.DatagramChannel.open(
                java.net.StandardProtocolFamily.INET)) {
            ch.setOption(java.net.StandardSocketOptions.IP_MULTICAST_IF, java.net.NetworkInterface.getByInetAddress(
                    java.net.InetAddress.getLoopbackAddress()));
            java.net.InetSocketAddress group = new java.net.InetSocketAddress("239.255.84.77", beaconPort);
            for (int i = 0; i < 20_000 && System.nanoTime() - start < 10_000_000_000L; i++) {
                byte[] junk = new byte[r.nextInt(900)];
                r.nextBytes(junk);
                ch.send(java.nio.ByteBuffer.wrap(junk), group);
            }
        }
        Member c = start("flood-secret", "--discover");
        converge(a, b, c);
        for (Member m : List.of(a, b)) {
            assertEquals(1, m.err.stream().filter(l -> l.contains("ignoring datagrams from 127.0.0.1")).count(),
                    m.toString());
        }
    }

    @Test
    void beacons_ofAnotherSecret_areRefusedAndNamedOnce() throws Exception {
        Member a = start("one-secret", "--discover");
        Member stranger = start("another-secret", "--discover");
        waitUntil("the stranger's beacons are refused: " + a,
                () -> printed(a, l -> l.contains("ignoring datagrams from 127.0.0.1: wrong proof")));
        Thread.sleep(1500); // five more beacons of the stranger
        assertEquals(1, a.err.stream().filter(l -> l.contains("ignoring datagrams")).count(), a.toString());
        assertEquals("", a.view(), a.toString());
        assertFalse(printed(a, l -> l.contains("up:")), a.toString());
        assertTrue(stranger.process.isAlive() && a.process.isAlive());
    }
}
