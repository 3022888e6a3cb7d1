package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termite.runtime.value.MString;

/** Output written to a file port that the program never closed still reaches the file when it exits. */
class FilePortsAtExitTest {
    @TempDir
    Path dir;

    @Test
    void flushAll_writesUnclosedTextAndBinaryFilePorts() throws IOException {
        MString text = MString.of(dir.resolve("t.txt").toString());
        MString binary = MString.of(dir.resolve("b.bin").toString());
        Object out = PortPrims.openOutputFile(text);
        PortPrims.writeString(MString.of("not closed"), out);
        Object bout = PortPrims.openBinaryOutputFile(binary);
        PortPrims.writeU8(7L, bout);
        assertEquals("", Files.readString(Path.of(text.toString())));
        Ports.flushAll();
        assertEquals("not closed", Files.readString(Path.of(text.toString()), StandardCharsets.UTF_8));
        assertEquals(1, Files.readAllBytes(Path.of(binary.toString())).length);
    }

    @Test
    void closedPorts_areForgotten() {
        Object out = PortPrims.openOutputFile(MString.of(dir.resolve("c.txt").toString()));
        PortPrims.closePort(out);
        Ports.flushAll();
        assertEquals(false, FilePorts.OPEN_OUTPUT.contains(out));
    }
}
