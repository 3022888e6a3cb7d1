package org.termite.runtime.java;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.WeakHashMap;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

/**
 * The primitives of Java interop. {@code %java-call} and {@code %java-field} are what the compiler makes of
 * Clojure's syntax, each given its call site's literal (see {@link JavaSite}); the others are the plain
 * procedures for programs that compute names: {@code java-new}, {@code java-call}, {@code java-static},
 * {@code java-field}, {@code java-field-set!}, {@code java-instance?}, {@code java-class}, arrays.
 *
 * <p>A class is named by a symbol or string (a name without a package is looked up in {@code java.lang}) or
 * given as a {@code Class}. A Java exception becomes a Scheme error whose message is the exception's class name
 * and message; {@code (java-exception e)} gives the Java exception back.
 */
public final class JavaPrims {
    private static final Map<ErrorObject, Throwable> EXCEPTIONS = new WeakHashMap<>();

    private JavaPrims() {}

    // ---- call sites made by the compiler

    @Primitive("%java-call")
    public static Object call(Object site) {
        return invoke(JavaSite.of(site), new Object[0]);
    }

    @Primitive("%java-call")
    public static Object call(Object site, Object a) {
        JavaSite s = JavaSite.of(site);
        MethodHandle mh = s.handle1(a);
        try {
            return mh.invokeExact(a);
        } catch (Throwable t) {
            throw javaError(t);
        }
    }

    @Primitive("%java-call")
    public static Object call(Object site, Object a, Object b) {
        JavaSite s = JavaSite.of(site);
        MethodHandle mh = s.handle2(a, b);
        try {
            return mh.invokeExact(a, b);
        } catch (Throwable t) {
            throw javaError(t);
        }
    }

    @Primitive("%java-call")
    public static Object call(Object site, Object a, Object b, Object c) {
        return invoke(JavaSite.of(site), new Object[] {a, b, c});
    }

    @Primitive("%java-call")
    public static Object call(Object site, Object a, Object b, Object c, Object... rest) {
        Object[] args = new Object[3 + rest.length];
        args[0] = a;
        args[1] = b;
        args[2] = c;
        System.arraycopy(rest, 0, args, 3, rest.length);
        return invoke(JavaSite.of(site), args);
    }

    private static Object invoke(JavaSite s, Object[] args) {
        MethodHandle mh = s.handle(args);
        try {
            return mh.invokeWithArguments(args);
        } catch (Throwable t) {
            throw javaError(t);
        }
    }

    /** {@code Class/FIELD} (a static field) and {@code (.-field obj)} (an instance field). */
    @Primitive("%java-field")
    public static Object field(Object site) {
        JavaSite s = JavaSite.of(site);
        return get(Members.field(s.owner(), s.member, true), null);
    }

    @Primitive("%java-field")
    public static Object field(Object site, Object obj) {
        JavaSite s = JavaSite.of(site);
        return get(Members.field(JavaSite.receiverClass(obj), s.member, false), obj);
    }

    // ---- plain procedures

    @Primitive("java-new")
    public static Object javaNew(Object cls, Object... args) {
        return call(Members.Kind.NEW, classOf("java-new", cls), "<init>", args);
    }

    @Primitive("java-call")
    public static Object javaCall(Object obj, Object method, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = obj;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(Members.Kind.VIRTUAL, JavaSite.receiverClass(obj), name("java-call", method), all);
    }

    @Primitive("java-static")
    public static Object javaStatic(Object cls, Object method, Object... args) {
        return call(Members.Kind.STATIC, classOf("java-static", cls), name("java-static", method), args);
    }

    private static Object call(Members.Kind kind, Class<?> owner, String name, Object[] args) {
        MethodHandle mh = Members.find(kind, owner, name, args);
        try {
            return mh.invokeWithArguments(args);
        } catch (Throwable t) {
            throw javaError(t);
        }
    }

    /** {@code (java-field obj name)}; with a class (a Class, or a class name) in place of obj, a static field. */
    @Primitive("java-field")
    public static Object javaField(Object obj, Object name) {
        String n = name("java-field", name);
        if (isClassDesignator(obj)) {
            return get(Members.field(classOf("java-field", obj), n, true), null);
        }
        return get(Members.field(JavaSite.receiverClass(obj), n, false), obj);
    }

    @Primitive("java-field-set!")
    public static void javaFieldSet(Object obj, Object name, Object value) {
        String n = name("java-field-set!", name);
        boolean isStatic = isClassDesignator(obj);
        Field f = Members.field(isStatic ? classOf("java-field-set!", obj) : JavaSite.receiverClass(obj), n, isStatic);
        try {
            f.set(isStatic ? null : obj, Convert.toJava(value, f.getType()));
        } catch (IllegalAccessException e) {
            throw SchemeError.error("java-field-set!: field " + n + " of " + f.getDeclaringClass().getName()
                    + " cannot be set: " + e.getMessage());
        }
    }

    @Primitive("java-instance?")
    public static boolean javaInstance(Object cls, Object obj) {
        Class<?> c = classOf("java-instance?", cls);
        if (obj instanceof MString) {
            return c.isAssignableFrom(String.class);
        }
        return c.isInstance(obj);
    }

    @Primitive("java-class")
    public static Object javaClass(Object name) {
        return classOf("java-class", name);
    }

    /**
     * {@code (java-proxy INTERFACE proc)}: the procedure as an instance of a functional interface, for when an
     * overload takes several (ExecutorService.submit takes a Runnable or a Callable).
     */
    @Primitive("java-proxy")
    public static Object javaProxy(Object iface, Object proc) {
        if (!(proc instanceof org.termite.runtime.exec.Procedure p)) {
            throw SchemeError.wrongType("java-proxy", "procedure", proc);
        }
        return Callbacks.proxy(classOf("java-proxy", iface), p);
    }

    /** The Java exception a Scheme error was made from, or #f. */
    @Primitive("java-exception")
    public static Object javaException(Object err) {
        synchronized (EXCEPTIONS) {
            Throwable t = err instanceof ErrorObject e ? EXCEPTIONS.get(e) : null;
            return t == null ? Boolean.FALSE : t;
        }
    }

    /** True for a value that is not a Scheme value: a Java object or array that Java code gave Scheme. */
    @Primitive("java-object?")
    public static boolean isJavaObject(Object x) {
        return !(x instanceof Long || x instanceof Double || x instanceof Boolean || x instanceof java.math.BigInteger
                || x instanceof Object[] || x instanceof byte[] || x instanceof org.termite.runtime.exec.Procedure
                || x.getClass().getName().startsWith("org.termite."));
    }

    // ---- arrays

    /** {@code (java-array TYPE LENGTH)}: TYPE a class or a primitive type name (int, long, double, byte, ...). */
    @Primitive("java-array")
    public static Object javaArray(Object type, Object length) {
        if (!(length instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) {
            throw SchemeError.wrongType("java-array", "length", length);
        }
        return Array.newInstance(componentType("java-array", type), (int) (long) n);
    }

    @Primitive("java-array-length")
    public static Object arrayLength(Object array) {
        return (long) Array.getLength(array(array, "java-array-length"));
    }

    @Primitive("java-array-ref")
    public static Object arrayRef(Object array, Object index) {
        Object a = array(array, "java-array-ref");
        return Convert.toScheme(Array.get(a, index("java-array-ref", a, index)));
    }

    @Primitive("java-array-set!")
    public static void arraySet(Object array, Object index, Object value) {
        Object a = array(array, "java-array-set!");
        Array.set(a, index("java-array-set!", a, index), Convert.toJava(value, a.getClass().getComponentType()));
    }

    @Primitive("java-array->vector")
    public static Object arrayToVector(Object array) {
        Object a = array(array, "java-array->vector");
        Object[] v = new Object[Array.getLength(a)];
        for (int i = 0; i < v.length; i++) {
            v[i] = Convert.toScheme(Array.get(a, i));
        }
        return v;
    }

    @Primitive("vector->java-array")
    public static Object vectorToArray(Object type, Object vector) {
        if (!(vector instanceof Object[] v)) {
            throw SchemeError.wrongType("vector->java-array", "vector", vector);
        }
        Class<?> c = componentType("vector->java-array", type);
        return Convert.toJava(v, c.arrayType());
    }

    private static Object array(Object x, String who) {
        if (x == null || !x.getClass().isArray()) {
            throw SchemeError.wrongType(who, "Java array", x);
        }
        return x;
    }

    private static int index(String who, Object array, Object index) {
        if (index instanceof Long i && i >= 0 && i < Array.getLength(array)) {
            return (int) (long) i;
        }
        throw SchemeError.outOfRange(who, index, array);
    }

    private static Class<?> componentType(String who, Object type) {
        if (type instanceof Symbol || type instanceof MString) {
            switch (type.toString()) {
                case "int": return int.class;
                case "long": return long.class;
                case "double": return double.class;
                case "float": return float.class;
                case "short": return short.class;
                case "byte": return byte.class;
                case "char": return char.class;
                case "boolean": return boolean.class;
                default: break;
            }
        }
        return classOf(who, type);
    }

    // ---- names and errors

    private static boolean isClassDesignator(Object x) {
        return x instanceof Class || x instanceof Symbol;
    }

    private static String name(String who, Object name) {
        if (name instanceof Symbol s) {
            return s.name;
        }
        if (name instanceof MString s) {
            return s.toString();
        }
        throw SchemeError.wrongType(who, "member name (a symbol or string)", name);
    }

    static Class<?> classOf(String who, Object cls) {
        if (cls instanceof Class<?> c) {
            return c;
        }
        if (cls instanceof Symbol || cls instanceof MString) {
            return classNamed(cls.toString());
        }
        throw SchemeError.wrongType(who, "class (a Class, symbol or string)", cls);
    }

    /** The class of that name: a name without a package is one of java.lang. */
    static Class<?> classNamed(String name) {
        String full = name.indexOf('.') < 0 ? "java.lang." + name : name;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (ClassLoader l : new ClassLoader[] {context, JavaPrims.class.getClassLoader()}) {
            if (l == null) {
                continue;
            }
            try {
                return Class.forName(full, false, l);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        throw SchemeError.error("java: no class named " + full);
    }

    private static Object get(Field f, Object obj) {
        try {
            return Convert.toScheme(f.get(obj == null ? null : Convert.toJava(obj, f.getDeclaringClass())));
        } catch (IllegalAccessException e) {
            throw SchemeError.error("java: field " + f.getName() + " of " + f.getDeclaringClass().getName()
                    + " is not accessible");
        }
    }

    /** A Throwable out of Java code as a Scheme error; Scheme's own raises and captures pass through. */
    static RuntimeException javaError(Throwable t) {
        if (t instanceof Capture c) {
            return c;
        }
        if (t instanceof SchemeException s && s.payload != null) {
            return new SchemeError(s.payload);
        }
        String message = t.getMessage();
        SchemeError e = SchemeError.error(t.getClass().getName() + (message == null ? "" : ": " + message));
        synchronized (EXCEPTIONS) {
            EXCEPTIONS.put((ErrorObject) e.payload, t);
        }
        return e;
    }
}
