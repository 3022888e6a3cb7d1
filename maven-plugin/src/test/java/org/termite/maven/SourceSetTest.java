package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSetTest {
    @TempDir
    Path root;

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = root.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "");
        }
    }

    @Test
    void scan_defaultIncludesMatchSchemeFilesAtEveryDepthIncludingTheRoot() throws IOException {
        touch("hello.scm", "net/server.scm", "net/deep/util.scm", "notes.txt", "net/defs.inc");
        SourceSet s = SourceSet.scan(root, null, null);
        assertEquals(List.of("hello.scm", "net/deep/util.scm", "net/server.scm"), s.modules());
        assertEquals(List.of("net/defs.inc", "notes.txt"), s.others());
    }

    @Test
    void scan_excludedFilesAreOthers() throws IOException {
        touch("main.scm", "lib/fragment.scm", "lib/real.scm");
        SourceSet s = SourceSet.scan(root, List.of("**/*.scm"), List.of("**/fragment.scm"));
        assertEquals(List.of("lib/real.scm", "main.scm"), s.modules());
        assertEquals(List.of("lib/fragment.scm"), s.others());
    }

    @Test
    void scan_innerFolderWildcardAlsoMatchesNoFolder() throws IOException {
        touch("app/main.scm", "app/x/y/more.scm", "other/skip.scm");
        SourceSet s = SourceSet.scan(root, List.of("app/**/*.scm"), List.of());
        assertEquals(List.of("app/main.scm", "app/x/y/more.scm"), s.modules());
    }

    @Test
    void scan_missingRootIsEmpty() throws IOException {
        SourceSet s = SourceSet.scan(root.resolve("absent"), null, null);
        assertEquals(List.of(), s.modules());
        assertEquals(List.of(), s.others());
    }

    @Test
    void zeroFolderVariants_expandEachWildcardFolder() {
        assertEquals(List.of("**/a/**/*.scm", "**/a/*.scm", "a/**/*.scm", "a/*.scm"),
                SourceSet.zeroFolderVariants("**/a/**/*.scm", 0));
        assertEquals(List.of("x**/y"), SourceSet.zeroFolderVariants("x**/y", 0));
    }
}
