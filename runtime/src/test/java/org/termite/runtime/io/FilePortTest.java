package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.termite.runtime.io.ErrorAssert.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

class FilePortTest {
    @TempDir
    Path dir;

    private MString name(String file) {
        return MString.of(dir.resolve(file).toString());
    }

    @Test
    void textFile_roundTripsUtf8() throws IOException {
        MString f = name("t.txt");
        Object out = PortPrims.openOutputFile(f);
        PortPrims.writeString(MString.of("λ line\n"), out);
        PortPrims.display(12L, out);
        PortPrims.closePort(out);
        assertEquals("λ line\n12", Files.readString(Path.of(f.toString()), StandardCharsets.UTF_8));
        Object in = PortPrims.openInputFile(f);
        assertEquals("λ line", PortPrims.readLine(in).toString());
        assertEquals(12L, PortPrims.read(in));
        assertSame(Eof.VALUE, PortPrims.readChar(in));
        assertTrue(PortPrims.charReady(in));
        PortPrims.closeInputPort(in);
    }

    @Test
    void binaryFile_roundTripsBytes() {
        MString f = name("b.bin");
        Object out = PortPrims.openBinaryOutputFile(f);
        PortPrims.writeBytevector(new byte[] {0, (byte) 255, 7}, out);
        PortPrims.closePort(out);
        Object in = PortPrims.openBinaryInputFile(f);
        assertArrayEquals(new byte[] {0, (byte) 255, 7}, (byte[]) PortPrims.readBytevector(10L, in));
        PortPrims.closePort(in);
    }

    @Test
    void missingFile_isAFileErrorNamingIt() {
        MString f = name("missing.txt");
        assertFalse(PortPrims.fileExists(f));
        ErrorObject e = error("open-input-file: cannot open file:", () -> PortPrims.openInputFile(f));
        assertEquals(ErrorObject.Kind.FILE, e.kind);
        assertEquals(f, ((Pair) e.irritants).car);
        error("open-binary-input-file: cannot open file:", () -> PortPrims.openBinaryInputFile(f));
        error("delete-file: cannot delete file:", () -> PortPrims.deleteFile(f));
        error("open-output-file: cannot open file:",
                () -> PortPrims.openOutputFile(name("no/such/dir/x.txt")));
        error("open-input-file: expected a string, got", () -> PortPrims.openInputFile(1L));
    }

    @Test
    void deleteFile_removesIt() throws IOException {
        MString f = name("d.txt");
        Files.writeString(Path.of(f.toString()), "x");
        assertTrue(PortPrims.fileExists(f));
        PortPrims.deleteFile(f);
        assertFalse(PortPrims.fileExists(f));
    }
}
