package org.termite.runtime.code;

import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.serial.CodeLoaders;

/**
 * The module versions that arrived on this node, by module name and module hash: a cache by hash, so code crosses
 * to this node once, and what serialization looks in for a class the program does not have. Kept as long as the
 * node runs: code fetched from a node stays usable after that node is gone.
 */
public final class ShippedCode {
    private static final ConcurrentHashMap<String, ShippedModule> MODULES = new ConcurrentHashMap<>();

    private ShippedCode() {}

    /** Makes decoding find the classes that arrived; called when the runtime boots. */
    public static void install() {
        CodeLoaders.useShipped(new Finder());
    }

    /** {@link #find} for decoding: a class, since install runs at start-up, where a method reference costs a spun one. */
    private static final class Finder implements CodeLoaders.Shipped {
        @Override
        public Class<?> find(String className, long codeHash, long moduleHash) {
            return ShippedCode.find(className, codeHash, moduleHash);
        }
    }

    static Class<?> find(String className, long codeHash, long moduleHash) {
        String module = moduleOf(className);
        ShippedModule m = module == null ? null : MODULES.get(key(module, moduleHash));
        return m == null ? null : m.find(className, codeHash);
    }

    /** The module version of that name and hash, made empty the first time; {@code origin} names its first sender. */
    static ShippedModule module(String module, long hash, String origin) {
        return MODULES.computeIfAbsent(key(module, hash), k -> new ShippedModule(module, hash, origin));
    }

    /** How many module versions arrived (for tests and the observer). */
    public static int count() {
        return MODULES.size();
    }

    /** The module part of a compiled class's binary name ({@code scm.<module>.<name>}), or null if it is not one. */
    static String moduleOf(String className) {
        if (!className.startsWith("scm.")) {
            return null;
        }
        int dot = className.indexOf('.', 4);
        return dot < 0 || className.indexOf('.', dot + 1) >= 0 || dot == 4 ? null : className.substring(4, dot);
    }

    private static String key(String module, long hash) {
        return module + "/" + Long.toHexString(hash);
    }
}
