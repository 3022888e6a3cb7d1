package org.termite.nodes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The teleport demo on three JVMs: threads born on one node arrive on the others (their continuation resumed
 * there), and when one node is killed the threads on the other two go on: a jump to the dead node fails, the
 * thread stays where it was and keeps bouncing.
 */
class TeleportTest {
    private static final Pattern ARRIVED = Pattern.compile("^arrived (\\w+)-\\d+ from (\\w+)$");
    private static final Pattern STAYED = Pattern.compile("^stayed (\\w+-\\d+): (\\S+) did not take it");

    @Test
    void threads_moveBetweenNodes_andSurviveANodeKilled() throws Exception {
        try (TeleportNodes cluster = new TeleportNodes(null)) {
            TeleportNodes.NodeRun a = cluster.nodes.get(0);
            TeleportNodes.NodeRun b = cluster.nodes.get(1);
            TeleportNodes.NodeRun c = cluster.nodes.get(2);
            // every node receives a thread born on another node
            for (TeleportNodes.NodeRun n : cluster.nodes) {
                assertTrue(TeleportNodes.within(90, () -> n.printed(0, line -> arrivedFromElsewhere(line, n.name))),
                        "no thread from another node arrived on " + n.name + "; it printed:\n" + tail(n.lines));
            }

            c.jvm.destroyForcibly();
            assertTrue(c.jvm.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "C did not stop");
            int fromA = a.lines.size();
            int fromB = b.lines.size();

            // a thread that tried to jump to C stays on its node and is seen there again afterwards
            assertTrue(TeleportNodes.within(30, () -> stayedAndWentOn(a, fromA, c.address) || stayedAndWentOn(b, fromB, c.address)),
                    "no thread stayed after a failed jump to the killed node; A printed:\n" + tail(a.lines)
                            + "\nB printed:\n" + tail(b.lines));
            // and threads still move between the two nodes left
            assertTrue(TeleportNodes.within(30, () -> a.printed(fromA, line -> line.matches("^arrived B-\\d+ from B$"))
                            || b.printed(fromB, line -> line.matches("^arrived A-\\d+ from A$"))),
                    "no thread moved between A and B after C was killed");
            assertTrue(a.jvm.isAlive() && b.jvm.isAlive(), "A or B stopped when C was killed");
        }
    }

    private static boolean arrivedFromElsewhere(String line, String node) {
        Matcher m = ARRIVED.matcher(line);
        return m.find() && !m.group(2).equals(node);
    }

    /** A "stayed" line naming the dead node, then a screen line that still shows that thread. */
    private static boolean stayedAndWentOn(TeleportNodes.NodeRun n, int from, String dead) {
        List<String> lines = n.lines;
        for (int i = from; i < lines.size(); i++) {
            Matcher m = STAYED.matcher(lines.get(i));
            if (m.find() && m.group(2).equals(dead)) {
                String thread = m.group(1);
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).startsWith("screen ") && lines.get(j).contains(" " + thread + "@")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
