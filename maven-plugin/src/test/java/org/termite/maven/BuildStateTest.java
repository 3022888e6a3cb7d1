package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
    @TempDir
    Path dir;

    @Test
    void write_thenReadGivesTheSameState() throws IOException {
        FileStamp a = new FileStamp(1_700_000_000_123L, 42, "ab12");
        FileStamp b = new FileStamp(5, 0, "cd34");
        BuildState state = new BuildState("f00d", Map.of(
                "net/server.scm", new BuildState.Entry("net/server.scm", a, "server"),
                "defs.inc", new BuildState.Entry("defs.inc", b, null)));
        Path file = dir.resolve("sub/compile.state");
        state.write(file);
        BuildState back = BuildState.read(file);
        assertEquals("f00d", back.fingerprint());
        assertEquals(state.entries(), back.entries());
        assertNull(back.entries().get("defs.inc").module());
        assertEquals("server", back.entries().get("net/server.scm").module());
    }

    @Test
    void read_missingFileIsEmpty() throws IOException {
        BuildState s = BuildState.read(dir.resolve("none"));
        assertTrue(s.entries().isEmpty());
        assertEquals("", s.fingerprint());
    }

    @Test
    void read_otherFormatOrDamagedLineIsEmpty() throws IOException {
        Path other = dir.resolve("other");
        Files.writeString(other, "termite-build-state 99\nfingerprint x\n");
        assertTrue(BuildState.read(other).fingerprint().isEmpty());
        Path damaged = dir.resolve("damaged");
        Files.writeString(damaged, "termite-build-state 1\nfingerprint x\nM\thello.scm\tnot-a-number\t1\tab\thello\n");
        assertTrue(BuildState.read(damaged).fingerprint().isEmpty());
        Path truncated = dir.resolve("truncated");
        Files.writeString(truncated, "termite-build-state 1\nfingerprint x\nM\thello.scm\t1\n");
        assertTrue(BuildState.read(truncated).entries().isEmpty());
    }
}
