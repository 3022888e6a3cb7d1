package org.termite.serial;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Puts the runtime's library dependencies (Kryo and what Kryo needs) into an executable jar that lacks them,
 * so {@code java -jar} can serialize. A jar writer that bundles them already makes this a no-op.
 */
final class Bundling {
    /** One class from each jar the runtime's serialization needs at run time. */
    private static final String[] MARKERS = {"com.esotericsoftware.kryo.Kryo", "org.objenesis.Objenesis",
            "com.esotericsoftware.minlog.Log", "com.esotericsoftware.reflectasm.MethodAccess"};

    private Bundling() {}

    static void addMissingDependencies(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            if (j.getEntry("com/esotericsoftware/kryo/Kryo.class") != null) {
                return;
            }
        }
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        Set<String> written = new HashSet<>();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(rewritten), manifest)) {
                written.add(JarFile.MANIFEST_NAME);
                copy(in, out, written);
                for (String marker : MARKERS) {
                    try (JarInputStream dep = new JarInputStream(Files.newInputStream(jarOf(marker)))) {
                        copy(dep, out, written);
                    }
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(JarInputStream in, JarOutputStream out, Set<String> written) throws IOException {
        for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
            String name = e.getName();
            boolean skip = e.isDirectory() || name.endsWith("module-info.class") || name.startsWith("META-INF/")
                    && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA"));
            if (!skip && written.add(name)) {
                out.putNextEntry(new JarEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static Path jarOf(String className) throws IOException {
        try {
            Class<?> c = Class.forName(className, false, Bundling.class.getClassLoader());
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IOException("cannot find the jar of " + className, e);
        }
    }
}
