package org.termite.runtime.code;

import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Namespace;
import org.termite.runtime.value.Symbol;

/**
 * One version of a module whose code came from another node: a class loader for its classes and a namespace for
 * its definitions. Its definitions are copies of the sending node's, made when the code that uses them arrives
 * ({@link #declare}); every other name its code uses (the runtime's and the standard library's) is this node's
 * global. Classes are defined from their checked class files on first use and only from them: a class of the same
 * name in the program this node runs (another version of the module) is never taken instead.
 */
public final class ShippedModule extends ClassLoader implements Namespace, ClassBytes {
    static {
        registerAsParallelCapable();
    }

    final String module;
    final long hash;
    /** The node the code came from, for messages. */
    final String origin;
    private final ConcurrentHashMap<String, byte[]> classFiles = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Symbol, Global> copies = new ConcurrentHashMap<>();

    ShippedModule(String module, long hash, String origin) {
        super("termite module " + module + " " + Long.toHexString(hash), ShippedModule.class.getClassLoader());
        this.module = module;
        this.hash = hash;
        this.origin = origin;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("scm.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            return c != null ? c : findClass(name);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classFiles.get(name);
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }

    @Override
    public byte[] classBytes(String binaryName) {
        return classFiles.get(binaryName);
    }

    @Override
    public Global cell(Symbol name) {
        Global g = copies.get(name);
        if (g != null) {
            return g;
        }
        if (!CodePolicy.allowsForeignJava() && (name.name.startsWith("java-") || name.name.startsWith("%java-"))) {
            // Java interop is not for code from other nodes here: an unbound cell of its own
            return copies.computeIfAbsent(name, Global::detached);
        }
        return Globals.cell(name);
    }

    /** Adds a checked class file. */
    void add(String className, byte[] bytes) {
        classFiles.putIfAbsent(className, bytes);
    }

    boolean has(String className) {
        return classFiles.containsKey(className);
    }

    /** The cell of one of the module's own definitions, and whether it was made just now (and needs its value). */
    Global declare(Symbol name, boolean[] made) {
        Global g = copies.get(name);
        if (g == null) {
            Global fresh = Global.detached(name);
            g = copies.putIfAbsent(name, fresh);
            if (g == null) {
                made[0] = true;
                g = fresh;
            }
        }
        return g;
    }

    /** The class of that name and code hash, defined on first use; null if this version has none. */
    Class<?> find(String className, long codeHash) {
        if (!classFiles.containsKey(className)) {
            return null;
        }
        try {
            Class<?> c = loadClass(className, false);
            return c.getField("CODE_HASH").getLong(null) == codeHash ? c : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "module " + module + " version " + Long.toHexString(hash) + " from " + origin;
    }
}
