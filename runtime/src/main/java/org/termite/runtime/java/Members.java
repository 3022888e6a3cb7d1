package org.termite.runtime.java;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.SchemeError;

/**
 * Finds the Java member a call means and makes a handle of it that takes and returns Scheme values.
 *
 * <p>Overloads are chosen by the run-time types of the arguments: every public method or constructor of the
 * right name and arity whose parameters accept the arguments is ranked by {@link Convert#cost}, and the cheapest
 * wins (an exact integer prefers {@code long} to {@code int} to {@code Object} to {@code double}). A variadic
 * method also takes its trailing arguments one by one. A method is called through the public class or interface
 * that declares it, so a public method of a private class (an iterator of a JDK collection) can be called.
 *
 * <p>The handles are of generic type {@code (Object...)Object}: arguments converted by {@link Convert#toJava},
 * results by {@link Convert#toScheme}. They are kept by class, name and argument classes, so a second call site
 * asking the same question does not search again.
 */
final class Members {
    enum Kind { VIRTUAL, STATIC, NEW }

    private record Key(Kind kind, Class<?> owner, String name, List<Class<?>> args) {}

    private static final ConcurrentHashMap<Key, MethodHandle> MEMO = new ConcurrentHashMap<>();
    private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

    private Members() {}

    /** The class of a Scheme value as the overload choice sees it. */
    static Class<?> classOf(Object v) {
        return v.getClass();
    }

    /**
     * A handle for calling {@code name} of {@code owner} with arguments like {@code args}: for a virtual call
     * {@code args[0]} is the receiver. Raises a Scheme error naming the member when nothing applies.
     */
    static MethodHandle find(Kind kind, Class<?> owner, String name, Object[] args) {
        List<Class<?>> classes = new ArrayList<>(args.length);
        for (Object a : args) {
            classes.add(classOf(a));
        }
        Key key = new Key(kind, owner, name, classes);
        MethodHandle mh = MEMO.get(key);
        if (mh == null) {
            mh = choose(kind, owner, name, args);
            MEMO.putIfAbsent(key, mh);
        }
        return mh;
    }

    private static MethodHandle choose(Kind kind, Class<?> owner, String name, Object[] args) {
        int skip = kind == Kind.VIRTUAL ? 1 : 0;
        int argc = args.length - skip;
        List<Executable> candidates = new ArrayList<>();
        if (kind == Kind.NEW) {
            if (Modifier.isAbstract(owner.getModifiers()) || owner.isInterface()) {
                throw SchemeError.error("java: cannot instantiate " + owner.getName() + ": it is abstract");
            }
            for (Constructor<?> c : owner.getConstructors()) {
                candidates.add(c);
            }
        } else {
            for (Method m : owner.getMethods()) {
                if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == (kind == Kind.STATIC)) {
                    candidates.add(m);
                }
            }
        }
        Executable best = null;
        long bestCost = Long.MAX_VALUE;
        for (Executable e : candidates) {
            long c = cost(e, args, skip, argc);
            if (c < bestCost) {
                best = e;
                bestCost = c;
            }
        }
        if (best == null) {
            throw SchemeError.error(noMember(kind, owner, name, args, skip, candidates.isEmpty()));
        }
        try {
            MethodHandle mh;
            if (best instanceof Method m) {
                Method callable = accessible(m, owner);
                if (callable == null) {
                    throw SchemeError.error("java: " + owner.getName() + "." + name + " is not accessible");
                }
                mh = PUBLIC.unreflect(callable);
            } else {
                mh = PUBLIC.unreflectConstructor((Constructor<?>) best);
            }
            mh = mh.asFixedArity();
            int fixed = best.getParameterCount();
            if (best.isVarArgs() && !(argc == fixed && Convert.cost(args[args.length - 1],
                    best.getParameterTypes()[fixed - 1]) != Convert.NO)) {
                mh = mh.asCollector(best.getParameterTypes()[fixed - 1], argc - fixed + 1);
            }
            return adapt(mh);
        } catch (IllegalAccessException e) {
            throw SchemeError.error("java: " + owner.getName() + "." + name + " is not accessible: " + e.getMessage());
        }
    }

    /** The ranking of an executable for these arguments; Long.MAX_VALUE when it does not apply. */
    private static long cost(Executable e, Object[] args, int skip, int argc) {
        Class<?>[] p = e.getParameterTypes();
        int fixed = p.length;
        boolean exact = argc == fixed;
        boolean spread = e.isVarArgs() && argc >= fixed - 1;
        if (!exact && !spread) {
            return Long.MAX_VALUE;
        }
        long total = 0;
        if (exact) {
            long c = 0;
            for (int i = 0; i < fixed && c != Long.MAX_VALUE; i++) {
                int k = Convert.cost(args[skip + i], p[i]);
                c = k == Convert.NO ? Long.MAX_VALUE : c + k;
            }
            if (c != Long.MAX_VALUE || !spread) {
                return c;
            }
        }
        Class<?> component = p[fixed - 1].getComponentType();
        for (int i = 0; i < argc; i++) {
            int k = Convert.cost(args[skip + i], i < fixed - 1 ? p[i] : component);
            if (k == Convert.NO) {
                return Long.MAX_VALUE;
            }
            total += k;
        }
        return total + 10;   // a variadic call ranks after a fixed one
    }

    /** The same method through a public class or interface whose package is exported, or null. */
    private static Method accessible(Method m, Class<?> start) {
        if (isPublic(m.getDeclaringClass())) {
            return m;
        }
        for (Class<?> c = start; c != null; c = c.getSuperclass()) {
            Method found = inPublic(c, m);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Method inPublic(Class<?> c, Method m) {
        if (isPublic(c)) {
            try {
                return c.getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // not here
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            Method found = inPublic(i, m);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isPublic(Class<?> c) {
        return Modifier.isPublic(c.getModifiers()) && c.getModule().isExported(c.getPackageName());
    }

    /** Puts converters on every parameter and the result; the handle becomes (Object...)Object. */
    static MethodHandle adapt(MethodHandle mh) {
        MethodType t = mh.type();
        MethodHandle[] filters = new MethodHandle[t.parameterCount()];
        for (int i = 0; i < filters.length; i++) {
            filters[i] = Convert.toJavaHandle(t.parameterType(i));
        }
        mh = MethodHandles.filterArguments(mh, 0, filters);
        MethodHandle back = Convert.toSchemeHandle(t.returnType());
        if (back == null) {
            mh = MethodHandles.filterReturnValue(mh,
                    MethodHandles.constant(Object.class, org.termite.runtime.value.Unspecified.VALUE));
        } else {
            mh = MethodHandles.filterReturnValue(mh, back);
        }
        return mh.asType(MethodType.genericMethodType(filters.length));
    }

    /** A public field of {@code owner}, static or not as asked; raises a Scheme error naming it when absent. */
    static Field field(Class<?> owner, String name, boolean isStatic) {
        try {
            Field f = owner.getField(name);
            if (Modifier.isStatic(f.getModifiers()) != isStatic) {
                throw SchemeError.error("java: field " + name + " of " + owner.getName() + " is "
                        + (isStatic ? "not static" : "static"));
            }
            return f;
        } catch (NoSuchFieldException e) {
            throw SchemeError.error("java: " + owner.getName() + " has no public " + (isStatic ? "static " : "")
                    + "field " + name);
        }
    }

    private static String noMember(Kind kind, Class<?> owner, String name, Object[] args, int skip, boolean none) {
        String what = kind == Kind.NEW ? "constructor of " + owner.getName()
                : (kind == Kind.STATIC ? "static method " : "method ") + owner.getName() + "." + name;
        if (none) {
            return "java: no public " + what;
        }
        StringBuilder types = new StringBuilder();
        for (int i = skip; i < args.length; i++) {
            types.append(i > skip ? ", " : "").append(schemeType(args[i]));
        }
        return "java: no " + what + " takes (" + types + ")";
    }

    /** How an error message names the type of a Scheme value. */
    static String schemeType(Object v) {
        if (v instanceof Long || v instanceof java.math.BigInteger) {
            return "exact integer";
        }
        if (v instanceof Double) {
            return "flonum";
        }
        if (v instanceof org.termite.runtime.value.MString) {
            return "string";
        }
        if (v instanceof org.termite.runtime.value.SChar) {
            return "character";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof org.termite.runtime.exec.Procedure) {
            return "procedure";
        }
        if (v == org.termite.runtime.value.Unspecified.VALUE) {
            return "#!void";
        }
        return v.getClass().getName();
    }
}
