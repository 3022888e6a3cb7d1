package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GETSTATIC;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.PUTSTATIC;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.termite.runtime.code.CompiledCodeApi;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Signal;
import org.termite.runtime.exec.TailCall;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.Run;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.num.UnboxedFixnums;
import org.termite.runtime.proc.Receive;
import org.termite.runtime.text.CompiledConstants;
import org.termite.runtime.value.Box;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Unspecified;

/**
 * Every class, method and field of the runtime (and of the JDK) that generated code refers to, taken from the
 * classes themselves: owners are class literals and descriptors come from the reflected members, so a runtime
 * class that moves is a compile error here and a method whose signature changes fails this class's
 * initialization, in every compiler test, instead of a NoSuchMethodError in a running program. Each member must
 * be in the runtime's allow-list for shipped code ({@link CompiledCodeApi#MEMBERS}), which is checked here too.
 */
final class RuntimeAbi {
    /** A method or constructor that generated code calls. */
    record Call(int opcode, String owner, String name, String descriptor) {
        void emit(MethodVisitor mv) {
            mv.visitMethodInsn(opcode, owner, name, descriptor, false);
        }

        /** The same method called on a subclass (a procedure calling its own entry). */
        void emitOn(MethodVisitor mv, String subclass) {
            mv.visitMethodInsn(opcode, subclass, name, descriptor, false);
        }
    }

    /** A field that generated code reads or writes. */
    record FieldRef(boolean isStatic, String owner, String name, String descriptor) {
        void get(MethodVisitor mv) {
            mv.visitFieldInsn(isStatic ? GETSTATIC : GETFIELD, owner, name, descriptor);
        }

        void put(MethodVisitor mv) {
            mv.visitFieldInsn(isStatic ? PUTSTATIC : PUTFIELD, owner, name, descriptor);
        }
    }

    /** A member by owner and name, as the allow-list lists it. */
    record Member(Class<?> owner, String name) {}

    private static final List<Member> USED = new ArrayList<>();
    private static final List<Class<?>> TYPES_USED = new ArrayList<>();

    static final String OBJECT = type(Object.class);
    static final String OBJECT_DESCRIPTOR = Type.getDescriptor(Object.class);
    static final String PROCEDURE = type(Procedure.class);
    static final String CAPTURE = type(Capture.class);
    static final String SIGNAL = type(Signal.class);
    static final String GLOBAL = type(Global.class);
    static final String BOX = type(Box.class);

    static final Call PROCEDURE_INIT = constructor(Procedure.class);
    /** {@code applyK(int depth, Object... K arguments)} for K up to 4. */
    static final List<Call> APPLY = List.of(method(Procedure.class, "apply0", int.class),
            method(Procedure.class, "apply1", int.class, Object.class),
            method(Procedure.class, "apply2", int.class, Object.class, Object.class),
            method(Procedure.class, "apply3", int.class, Object.class, Object.class, Object.class),
            method(Procedure.class, "apply4", int.class, Object.class, Object.class, Object.class, Object.class));
    static final Call APPLY_N = method(Procedure.class, "applyN", int.class, Object[].class);
    static final Call PARKING_ENTRY = method(Procedure.class, "parkingEntry");

    static final Call PROC = method(Rt.class, "proc", Object.class);
    static final Call APPLY_SPREAD = method(Rt.class, "apply", int.class, Object.class, Object[].class);
    static final Call SPREAD_ARGUMENTS = method(Rt.class, "spreadArguments", Object[].class);
    static final Call ARITY_ERROR = method(Rt.class, "arityError", Procedure.class, int.class, int.class, int.class);
    static final Call CHECK_ARITY = method(Rt.class, "checkArity", Procedure.class, Object[].class, int.class, int.class);
    static final Call OPTIONAL_ARG = method(Rt.class, "optionalArg", Object[].class, int.class);
    static final Call REST_LIST = method(Rt.class, "restList", Object[].class, int.class);
    static final Call BAD_RESUME_POINT = method(Rt.class, "badResumePoint", Procedure.class, int.class);
    static final Call STRING = method(Rt.class, "string", String.class);
    static final Call SYMBOL = method(Rt.class, "symbol", String.class);
    static final Call CONSTANT = method(CompiledConstants.class, "read", String.class);
    static final Call KEYWORD = method(Keyword.class, "of", String.class);
    static final Call CHAR = method(SChar.class, "of", int.class);

    static final FieldRef DEPTH_LIMIT = field(Trampoline.class, "depthLimit");
    static final Call ON_DEPTH_LIMIT = method(Trampoline.class, "onDepthLimit", int.class, Procedure.class, Object[].class);
    static final Call LOOP_POLL = method(Trampoline.class, "loopPoll", Procedure.class, Object[].class);
    static final Call BASE_DEPTH = method(Trampoline.class, "baseDepth");
    static final Call CAPTURE_PUSH = method(Capture.class, "push", Frame.class);
    static final Call TAIL_CALL_OF = method(TailCall.class, "of", Procedure.class, Object[].class);
    static final Call SETTLE = method(TailCall.class, "settle", Object.class, int.class);
    static final Call FRAME_OF = method(Frame.class, "of", Procedure.class, int.class, Object[].class);
    static final Call FRAME_OF1 = method(Frame.class, "of1", Procedure.class, int.class, Object.class);
    static final FieldRef PARKED = field(Run.class, "PARKED");
    static final Call PARKED_AT = method(Run.class, "parkedAt", Frame.class);

    static final Call GLOBAL_GET = method(Global.class, "get");
    static final Call GLOBAL_SET = method(Global.class, "set", Object.class);
    static final FieldRef GLOBAL_VALUE = field(Global.class, "value");
    static final FieldRef UNBOUND = field(Global.class, "UNBOUND");
    static final Call GLOBAL_CELL = method(Globals.class, "cell", Class.class, String.class);
    static final Call BOX_INIT = constructor(Box.class, Object.class);
    static final FieldRef BOX_VALUE = field(Box.class, "value");

    static final FieldRef NIL = field(Nil.class, "NIL");
    static final FieldRef UNSPECIFIED = field(Unspecified.class, "VALUE");
    static final FieldRef EOF = field(Eof.class, "VALUE");
    static final FieldRef DEFAULT_OBJECT = field(DefaultObject.class, "VALUE");
    static final FieldRef TRUE = field(Boolean.class, "TRUE");
    static final FieldRef FALSE = field(Boolean.class, "FALSE");
    static final Call BOX_BOOLEAN = method(Boolean.class, "valueOf", boolean.class);
    static final Call BOX_LONG = method(Long.class, "valueOf", long.class);
    static final Call BOX_DOUBLE = method(Double.class, "valueOf", double.class);
    static final Call SPLIT = method(String.class, "split", String.class);

    /** For loops whose fixnums live in long locals (UnboxedLoop). */
    static final String LONG = type(Long.class);
    static final Call LONG_VALUE = method(Long.class, "longValue");
    static final Call MULTIPLY_HIGH = method(Math.class, "multiplyHigh", long.class, long.class);
    static final Call VECTOR_REF_AT = method(UnboxedFixnums.class, "vectorRef", Object.class, long.class);
    static final Call VECTOR_SET_AT = method(UnboxedFixnums.class, "vectorSet", Object.class, long.class, Object.class);
    static final Call VECTOR_SET_FIXNUM_AT = method(UnboxedFixnums.class, "vectorSetFixnum", Object.class, long.class,
            long.class);

    /**
     * The globals bound to the runtime's receives: a call that names one calls it through {@code parkingEntry} and
     * takes a park returned as a value (see CallSites.parkedCheck).
     */
    static final Set<String> RECEIVES = Set.copyOf(Receive.NAMES);

    /** Methods of Procedure that a generated class overrides: the resume method and the ones for messages. */
    static final String RESUME_DESCRIPTOR = overridden("resume", int.class, Object[].class, Object.class);
    static final String NAME_DESCRIPTOR = overridden("name");
    static final String RESUME_POSITION_DESCRIPTOR = overridden("resumePosition", int.class);

    static {
        for (Class<?> c : List.of(Object.class, Procedure.class, Frame.class, Capture.class, Signal.class, Global.class,
                Box.class, Long.class)) {
            TYPES_USED.add(c);
        }
    }

    private RuntimeAbi() {}

    /** Every member generated code refers to, by owner and name. */
    static List<Member> members() {
        return Collections.unmodifiableList(USED);
    }

    /** The classes generated code names as types. */
    static List<Class<?>> types() {
        return Collections.unmodifiableList(TYPES_USED);
    }

    private static String type(Class<?> c) {
        return Type.getInternalName(c);
    }

    private static void use(Class<?> owner, String name) {
        Set<String> allowed = CompiledCodeApi.MEMBERS.get(owner);
        if (allowed == null || !allowed.contains(name)) {
            throw new IllegalStateException(owner.getName() + "." + name
                    + " is used by generated code but not in CompiledCodeApi.MEMBERS, the allow-list of shipped code");
        }
        USED.add(new Member(owner, name));
    }

    private static Call method(Class<?> owner, String name, Class<?>... params) {
        Method m;
        try {
            m = owner.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the runtime has no method " + owner.getName() + "." + name, e);
        }
        use(owner, name);
        int opcode = Modifier.isStatic(m.getModifiers()) ? INVOKESTATIC : INVOKEVIRTUAL;
        return new Call(opcode, type(owner), name, Type.getMethodDescriptor(m));
    }

    private static Call constructor(Class<?> owner, Class<?>... params) {
        Executable c;
        try {
            c = owner.getDeclaredConstructor(params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the runtime has no constructor " + owner.getName() + params.length, e);
        }
        if (Modifier.isPrivate(c.getModifiers())) {
            throw new IllegalStateException("the constructor of " + owner.getName() + " is private");
        }
        use(owner, "<init>");
        return new Call(INVOKESPECIAL, type(owner), "<init>", Type.getConstructorDescriptor((Constructor<?>) c));
    }

    private static FieldRef field(Class<?> owner, String name) {
        Field f;
        try {
            f = owner.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the runtime has no field " + owner.getName() + "." + name, e);
        }
        use(owner, name);
        return new FieldRef(Modifier.isStatic(f.getModifiers()), type(owner), name, Type.getDescriptor(f.getType()));
    }

    private static String overridden(String name, Class<?>... params) {
        try {
            return Type.getMethodDescriptor(Procedure.class.getMethod(name, params));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Procedure has no method " + name + " to override", e);
        }
    }
}
