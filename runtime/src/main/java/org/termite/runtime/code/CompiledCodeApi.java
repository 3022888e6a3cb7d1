package org.termite.runtime.code;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Signal;
import org.termite.runtime.exec.TailCall;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.Run;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.num.UnboxedFixnums;
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
public final class CompiledCodeApi {
    private static final String RT = "org/termite/runtime/";

    /**
     * The members of the runtime and the JDK that generated code uses, by owner class: the one declaration of the
     * contract between the code generator and the runtime. The code generator emits these and only these (its
     * RuntimeAbi takes them from here and checks each against the class at start-up), and a class from another node
     * may refer to these and only these. Owners are class literals, so moving a class is a compile error here.
     */
    public static final Map<Class<?>, Set<String>> MEMBERS = Map.ofEntries(
            Map.entry(Rt.class, Set.of("arityError", "checkArity", "optionalArg", "restList", "badResumePoint", "proc",
                    "apply", "spreadArguments", "string", "symbol")),
            Map.entry(CompiledConstants.class, Set.of("read")),
            Map.entry(Procedure.class, Set.of("<init>", "apply0", "apply1", "apply2", "apply3", "apply4", "applyN",
                    "parkingEntry")),
            Map.entry(Frame.class, Set.of("of", "of1")),
            Map.entry(Capture.class, Set.of("push")),
            Map.entry(TailCall.class, Set.of("of", "settle")),
            Map.entry(Global.class, Set.of("get", "set", "value", "UNBOUND")),
            Map.entry(Globals.class, Set.of("cell")),
            Map.entry(Trampoline.class, Set.of("onDepthLimit", "depthLimit", "loopPoll", "baseDepth")),
            Map.entry(Run.class, Set.of("parkedAt", "PARKED")),
            Map.entry(Box.class, Set.of("<init>", "value")),
            Map.entry(Keyword.class, Set.of("of")),
            Map.entry(SChar.class, Set.of("of")),
            Map.entry(Unspecified.class, Set.of("VALUE")),
            Map.entry(Nil.class, Set.of("NIL")),
            Map.entry(Eof.class, Set.of("VALUE")),
            Map.entry(DefaultObject.class, Set.of("VALUE")),
            Map.entry(Boolean.class, Set.of("TRUE", "FALSE", "valueOf")),
            Map.entry(Long.class, Set.of("valueOf", "longValue")),
            Map.entry(Math.class, Set.of("multiplyHigh")),
            Map.entry(UnboxedFixnums.class, Set.of("vectorRef", "vectorSet", "vectorSetFixnum")),
            Map.entry(Double.class, Set.of("valueOf")),
            Map.entry(String.class, Set.of("split")));

    /** Classes generated code names as types (new, casts, catch, arrays) besides the owners above and its own. */
    public static final Set<Class<?>> TYPES = Set.of(Object.class, Frame.class, Box.class, Capture.class,
            Signal.class, Procedure.class, Global.class, Long.class);

    /** Classes of inlined primitives' parameters, which generated code casts its operands to. */
    public static final Set<Class<?>> ARGUMENT_TYPES = Set.of(Pair.class, MString.class, Symbol.class, SChar.class,
            Keyword.class);

    private static final Map<String, Set<String>> BY_OWNER = new java.util.HashMap<>();
    private static final Set<String> TYPE_NAMES = new java.util.HashSet<>();

    static {
        MEMBERS.forEach((owner, names) -> BY_OWNER.put(Type.getInternalName(owner), names));
        TYPES.forEach(c -> TYPE_NAMES.add(Type.getInternalName(c)));
        ARGUMENT_TYPES.forEach(c -> TYPE_NAMES.add(Type.getInternalName(c)));
    }

    private static final Map<String, Boolean> PRIMITIVES = new ConcurrentHashMap<>();

    private CompiledCodeApi() {}

    private static String name(Class<?> c) {
        return Type.getInternalName(c);
    }

    static boolean allowsType(String type) {
        return TYPE_NAMES.contains(type) || BY_OWNER.containsKey(type);
    }

    static boolean allowsField(String owner, String name) {
        Set<String> names = BY_OWNER.get(owner);
        return names != null && names.contains(name);
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
