package org.termite.runtime.code;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;
import org.termite.runtime.Primitive;

/**
 * What compiled Scheme code may refer to outside its own module: the allow-list a class from another node is
 * checked against. It is the runtime's API for generated code (the engine's calls, frames, captures and globals),
 * the primitives the compiler inlines (static methods marked {@link Primitive}), and the few JDK members the code
 * generator emits (boxing and the split of a resume-position table). Nothing else: no reflection, no class
 * loading, no threads, no files, no processes of the operating system.
 */
final class CompiledCodeApi {
    private static final String RT = "org/termite/runtime/";
    private static final String ANY = "*";

    /** Members by owner class ("*": every public member of a class made for generated code). */
    private static final Map<String, Set<String>> MEMBERS = Map.ofEntries(
            Map.entry(RT + "Rt", Set.of(ANY)),
            Map.entry(RT + "Procedure", Set.of("<init>", "apply0", "apply1", "apply2", "apply3", "apply4", "applyN",
                    "parkingEntry", "resume", "name", "resumePosition")),
            Map.entry(RT + "Frame", Set.of("<init>")),
            Map.entry(RT + "Capture", Set.of("push")),
            Map.entry(RT + "Global", Set.of("get", "set", "value", "UNBOUND", "isBound")),
            Map.entry(RT + "Globals", Set.of("cell")),
            Map.entry(RT + "Trampoline", Set.of("onDepthLimit", "depthLimit", "loopPoll")),
            Map.entry(RT + "Run", Set.of("parkedAt", "PARKED")),
            Map.entry(RT + "Box", Set.of("<init>", "value")),
            Map.entry(RT + "Keyword", Set.of("of")),
            Map.entry(RT + "SChar", Set.of("of")),
            Map.entry(RT + "Unspecified", Set.of("VALUE")),
            Map.entry(RT + "Nil", Set.of("NIL")),
            Map.entry(RT + "Eof", Set.of("VALUE")),
            Map.entry(RT + "DefaultObject", Set.of("VALUE")),
            Map.entry("java/lang/Object", Set.of("<init>")),
            Map.entry("java/lang/Boolean", Set.of("TRUE", "FALSE", "valueOf", "booleanValue")),
            Map.entry("java/lang/Long", Set.of("valueOf", "longValue")),
            Map.entry("java/lang/Double", Set.of("valueOf", "doubleValue")),
            Map.entry("java/lang/String", Set.of("split")));

    /** Classes code may name as types (new, casts, catch) besides its own module's. */
    private static final Set<String> TYPES = Set.of("java/lang/Object", "java/lang/String", "java/lang/Long",
            "java/lang/Double", "java/lang/Boolean", RT + "Frame", RT + "Box", RT + "Capture", RT + "Procedure",
            RT + "Global", RT + "Pair", RT + "MString", RT + "Symbol", RT + "SChar", RT + "Keyword");

    private static final Map<String, Boolean> PRIMITIVES = new ConcurrentHashMap<>();

    private CompiledCodeApi() {}

    static boolean allowsType(String type) {
        return TYPES.contains(type) || MEMBERS.containsKey(type);
    }

    static boolean allowsField(String owner, String name) {
        Set<String> names = MEMBERS.get(owner);
        return names != null && (names.contains(name) || names.contains(ANY));
    }

    static boolean allowsMethod(String owner, String name, String descriptor) {
        if (allowsField(owner, name)) {
            return true;
        }
        if (owner.startsWith(RT + "java/") && !CodePolicy.allowsForeignJava()) {
            return false;
        }
        return owner.startsWith(RT) && PRIMITIVES.computeIfAbsent(owner + "." + name + descriptor,
                k -> isPrimitive(owner, name, descriptor));
    }

    /** A public static method of the runtime marked as a primitive: what the compiler inlines as a direct call. */
    private static boolean isPrimitive(String owner, String name, String descriptor) {
        try {
            Class<?> c = Class.forName(owner.replace('/', '.'), false, CompiledCodeApi.class.getClassLoader());
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)
                        && m.isAnnotationPresent(Primitive.class) && Modifier.isStatic(m.getModifiers())
                        && Modifier.isPublic(m.getModifiers())) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
