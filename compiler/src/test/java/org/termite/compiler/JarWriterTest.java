package org.termite.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarWriterTest {
    @TempDir
    Path dir;

    @Test
    void write_bundlesTheLibrariesWithoutTheirJarIndex() throws Exception {
        Path jar = dir.resolve("app.jar");
        JarWriter.write(jar, List.of(), "scm.app.__module");
        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals(org.termite.runtime.boot.Main.class.getName(),
                    j.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
            assertNotNull(j.getEntry("org/objenesis/Objenesis.class"), "objenesis (Kryo's) is bundled");
            // objenesis's index names objenesis-VERSION.jar, which the class path would look for beside the jar
            assertNull(j.getEntry("META-INF/INDEX.LIST"));
        }
    }
}
