package org.termite.runtime.code;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.Run;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.text.CompiledConstants;
import org.termite.runtime.value.Box;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

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
            Map.entry(name(Rt.class), Set.of(ANY)),
            Map.entry(name(CompiledConstants.class), Set.of("read")),
            Map.entry(name(Procedure.class), Set.of("<init>", "apply0", "apply1", "apply2", "apply3", "apply4", "applyN",
                    "parkingEntry", "resume", "name", "resumePosition")),
            Map.entry(name(Frame.class), Set.of("<init>")),
            Map.entry(name(Capture.class), Set.of("push")),
            Map.entry(name(Global.class), Set.of("get", "set", "value", "UNBOUND", "isBound")),
            Map.entry(name(Globals.class), Set.of("cell")),
            Map.entry(name(Trampoline.class), Set.of("onDepthLimit", "depthLimit", "loopPoll")),
            Map.entry(name(Run.class), Set.of("parkedAt", "PARKED")),
            Map.entry(name(Box.class), Set.of("<init>", "value")),
            Map.entry(name(Keyword.class), Set.of("of")),
            Map.entry(name(SChar.class), Set.of("of")),
            Map.entry(name(Unspecified.class), Set.of("VALUE")),
            Map.entry(name(Nil.class), Set.of("NIL")),
            Map.entry(name(Eof.class), Set.of("VALUE")),
            Map.entry(name(DefaultObject.class), Set.of("VALUE")),
            Map.entry("java/lang/Object", Set.of("<init>")),
            Map.entry("java/lang/Boolean", Set.of("TRUE", "FALSE", "valueOf", "booleanValue")),
            Map.entry("java/lang/Long", Set.of("valueOf", "longValue")),
            Map.entry("java/lang/Double", Set.of("valueOf", "doubleValue")),
            Map.entry("java/lang/String", Set.of("split")));

    /** Classes code may name as types (new, casts, catch) besides its own module's. */
    private static final Set<String> TYPES = Set.of("java/lang/Object", "java/lang/String", "java/lang/Long",
            "java/lang/Double", "java/lang/Boolean", name(Frame.class), name(Box.class), name(Capture.class), name(Procedure.class),
            name(Global.class), name(Pair.class), name(MString.class), name(Symbol.class), name(SChar.class), name(Keyword.class));

    private static final Map<String, Boolean> PRIMITIVES = new ConcurrentHashMap<>();

    private CompiledCodeApi() {}

    private static String name(Class<?> c) {
        return Type.getInternalName(c);
    }

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
