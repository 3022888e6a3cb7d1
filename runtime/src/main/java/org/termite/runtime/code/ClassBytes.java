package org.termite.runtime.code;

/**
 * A class loader that keeps the class files it defined, so a node can send them on. The loaders of code compiled in
 * memory (termite run, the REPL, eval) and of code that arrived from other nodes implement it; classes read from
 * jars and folders are read again as resources.
 */
public interface ClassBytes {
    /** The class file of the class of that binary name this loader defined, or null. */
    byte[] classBytes(String binaryName);

    /** The class file of a loaded class, or null when its loader cannot give it. */
    static byte[] of(Class<?> c) {
        ClassLoader loader = c.getClassLoader();
        if (loader instanceof ClassBytes kept) {
            byte[] b = kept.classBytes(c.getName());
            if (b != null) {
                return b;
            }
        }
        if (loader == null) {
            return null;
        }
        try (java.io.InputStream in = loader.getResourceAsStream(c.getName().replace('.', '/') + ".class")) {
            return in == null ? null : in.readNBytes(ClassCheck.MAX_CLASS_BYTES + 1);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
