package org.termite.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process that moves again and again between three nodes, mid-stream, while a sender on each node streams to it
 * (so messages overtake it, follow old addresses, and come from its own node): every message arrives once and each
 * sender's in the order sent.
 */
class MigrationOrderTest {
    private final NodeJvms nodes = new NodeJvms(Path.of("src/test/nodes/moving.scm"), "moving-test-secret");

    @AfterEach
    void stopAll() {
        nodes.stopAll();
    }

    @Test
    void aProcessMovingBackAndForthMidStream_getsEveryMessageOnceAndInOrder() throws Exception {
        String first = nodes.server();
        String second = nodes.server();
        Process client = nodes.start("client", first, second, "2000", "250");
        assertEquals(List.of(
                "moved several times",
                "(first 2000 0 0)",
                "(second 2000 0 0)",
                "(client 2000 0 0)"), NodeJvms.output(client, 180));
        assertEquals(0, client.exitValue());
    }
}
