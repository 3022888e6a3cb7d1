package org.termite.compiler;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.compiler.codegen.GeneratedClass;

/**
 * Loads classes compiled in memory (termite run, the REPL, eval, define-macro). It keeps their class files: another
 * node that receives this code asks for them.
 */
public final class MemoryClassLoader extends ClassLoader implements org.termite.runtime.code.ClassBytes {
    private final ConcurrentHashMap<String, byte[]> pending = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, byte[]> defined = new ConcurrentHashMap<>();

    public MemoryClassLoader(ClassLoader parent) {
        super(parent);
    }

    public void add(List<GeneratedClass> classes) {
        for (GeneratedClass c : classes) {
            pending.put(c.binaryName(), c.bytes());
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = pending.remove(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        defined.put(name, bytes);
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public byte[] classBytes(String binaryName) {
        byte[] b = defined.get(binaryName);
        return b != null ? b : pending.get(binaryName);
    }
}
