package org.termite.runtime.boot;

import java.util.List;

/**
 * One class from each library the runtime needs at run time (its Maven runtime dependencies), so that a tool
 * writing a self-contained jar can find and bundle them wherever this JVM loaded them from. Keep in step with
 * runtime/pom.xml.
 */
public final class RuntimeDependencies {
    public static final List<String> MARKER_CLASSES = List.of(
            "com.esotericsoftware.kryo.Kryo",
            "com.esotericsoftware.minlog.Log",
            "com.esotericsoftware.reflectasm.MethodAccess",
            "org.objenesis.Objenesis");

    private RuntimeDependencies() {}
}
