package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void refresh_sameTimeAndSizeKeepsTheRecordedStamp() throws IOException {
        Path f = Files.writeString(dir.resolve("a.scm"), "(display 1)");
        FileStamp first = FileStamp.of(f);
        assertSame(first, FileStamp.refresh(f, first));
    }

    @Test
    void refresh_touchedButSameTextHasTheSameContent() throws IOException {
        Path f = Files.writeString(dir.resolve("a.scm"), "(display 1)");
        FileStamp first = FileStamp.of(f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(first.modified() + 5_000));
        FileStamp again = FileStamp.refresh(f, first);
        assertNotSame(first, again);
        assertTrue(again.sameContent(first));
    }

    @Test
    void refresh_changedTextOfTheSameSizeIsDifferent() throws IOException {
        Path f = Files.writeString(dir.resolve("a.scm"), "(display 1)");
        FileStamp first = FileStamp.of(f);
        Files.writeString(f, "(display 2)");
        Files.setLastModifiedTime(f, FileTime.fromMillis(first.modified() + 5_000));
        assertFalse(FileStamp.refresh(f, first).sameContent(first));
        assertFalse(first.sameContent(null));
    }
}
