package org.termite.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.termite.compiler.codegen.GeneratedClass;
import org.termite.runtime.boot.Boot;

/**
 * Writes an executable jar: the program's classes, the runtime, the libraries the runtime uses, the compiler and
 * ASM (for eval, load and environment at run time) and the compiled Scheme library (copied from wherever this JVM loads them: a jar or a classes folder), and a manifest whose
 * Main-Class boots the runtime and runs the program module. {@code java -jar} then needs nothing else on the
 * class path.
 */
public final class JarWriter {
    private JarWriter() {}

    public static void write(Path jar, List<GeneratedClass> program, String mainModuleClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, org.termite.runtime.boot.Main.class.getName());
        Set<String> written = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            written.add(JarFile.MANIFEST_NAME);
            for (GeneratedClass c : program) {
                put(out, written, c.internalName() + ".class", c.bytes());
            }
            put(out, written, org.termite.runtime.boot.Main.MAIN_INDEX, (mainModuleClass + "\n").getBytes(StandardCharsets.UTF_8));
            copyRoot(out, written, rootOf(org.termite.runtime.exec.Rt.class.getResource("Rt.class"), "org/termite/runtime/exec/Rt.class"));
            URL library = JarWriter.class.getClassLoader().getResource(Boot.LIBRARY_INDEX);
            if (library != null) {
                copyRoot(out, written, rootOf(library, Boot.LIBRARY_INDEX));
            }
            // The compiler and ASM too: eval, load and environment compile at run time.
            copyRoot(out, written, rootOf(JarWriter.class.getResource("JarWriter.class"), "org/termite/compiler/JarWriter.class"));
            copyRoot(out, written, rootOf(org.objectweb.asm.ClassWriter.class.getResource("ClassWriter.class"),
                    "org/objectweb/asm/ClassWriter.class"));
            for (String marker : org.termite.runtime.boot.RuntimeDependencies.MARKER_CLASSES) {
                String resource = marker.replace('.', '/') + ".class";
                URL url = JarWriter.class.getClassLoader().getResource(resource);
                if (url == null) {
                    throw new IOException("the runtime needs " + marker + ", which is not on the compiler's class path");
                }
                copyRoot(out, written, rootOf(url, resource));
            }
        }
    }

    private static void put(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
        if (!written.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** The folder or jar a resource was loaded from; {@code name} is the resource's path inside it. */
    public static Path rootOf(URL resource, String name) throws IOException {
        try {
            if (resource.getProtocol().equals("jar")) {
                String s = resource.getPath();
                return Path.of(new URL(s.substring(0, s.indexOf("!/"))).toURI());
            }
            Path p = Path.of(resource.toURI());
            for (int i = 0; i < name.split("/").length; i++) {
                p = p.getParent();
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyRoot(JarOutputStream out, Set<String> written, Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String name = root.relativize(f).toString().replace('\\', '/');
                    if (copied(name)) {
                        put(out, written, name, Files.readAllBytes(f));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (!e.isDirectory() && copied(e.getName())) {
                        try (InputStream in = jar.getInputStream(e)) {
                            put(out, written, e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether an entry of a bundled jar or folder goes into the program's jar: not its manifest (the program's is
     * written first), nor a jar index (objenesis has one, naming its own jar, which the class path would then look
     * for beside the program), nor signature files, which would not match the merged jar.
     */
    private static boolean copied(String name) {
        if (name.equals(JarFile.MANIFEST_NAME) || name.equals("META-INF/INDEX.LIST")) {
            return false;
        }
        if (name.startsWith("META-INF/") && name.indexOf('/', "META-INF/".length()) < 0) {
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            return !(upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
        }
        return true;
    }

    /** Writes classes under a classes folder. */
    public static void writeClasses(Path dir, List<GeneratedClass> classes) throws IOException {
        for (GeneratedClass c : classes) {
            Path target = dir.resolve(c.internalName() + ".class");
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target)) {
                o.write(c.bytes());
            }
        }
    }
}
