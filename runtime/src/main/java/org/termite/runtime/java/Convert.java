package org.termite.runtime.java;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.num.Num;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Unspecified;

/**
 * The conversions of values at the boundary between Scheme and Java.
 *
 * <p>Scheme to Java, for a parameter of type T: an exact integer to {@code long}, {@code int}, {@code short},
 * {@code byte} (when it fits), {@code BigInteger}, {@code double} or {@code float}; a flonum to {@code double}
 * or {@code float}; a string to {@code String} (a copy: Scheme strings are mutable); a character to {@code char}
 * (when in the BMP); {@code #!void} to null; a bytevector is a {@code byte[]} already; a vector to an array of
 * T's component type, element by element; a procedure to an instance of T when T is a functional interface.
 * For a parameter of type {@code Object}, strings and characters become {@code String} and {@code Character},
 * other values go as they are.
 *
 * <p>Java to Scheme, for results and field values: null and void to {@code #!void}; {@code Integer},
 * {@code Short}, {@code Byte}, {@code Long} and {@code BigInteger} to exact integers; {@code Float} and
 * {@code Double} to flonums; {@code String} to a fresh Scheme string; {@code Character} to a character;
 * anything else (arrays, {@code byte[]} included, and Java objects) as it is.
 */
public final class Convert {
    /** The cost of a conversion that does not apply. */
    static final int NO = Integer.MAX_VALUE;

    private static final MethodHandle TO_JAVA;
    private static final MethodHandle TO_SCHEME;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TO_JAVA = l.findStatic(Convert.class, "toJava", MethodType.methodType(Object.class, Object.class, Class.class));
            TO_SCHEME = l.findStatic(Convert.class, "toScheme", MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Convert() {}

    /**
     * How well {@code v} fits a parameter of type {@code t}: 0 for its own representation, more for a wider or
     * lossier conversion, {@link #NO} when it does not fit. Overloads are ranked by the sum over the arguments.
     */
    static int cost(Object v, Class<?> t) {
        if (v instanceof Long) {
            if (t == long.class || t == Long.class) {
                return 0;
            }
            if (t == int.class || t == Integer.class) {
                return 1;
            }
            if (t == Object.class || t == Number.class) {
                return 2;
            }
            if (t == short.class || t == Short.class || t == byte.class || t == Byte.class) {
                return 3;
            }
            if (t == BigInteger.class) {
                return 4;
            }
            if (t == double.class || t == Double.class) {
                return 5;
            }
            if (t == float.class || t == Float.class) {
                return 6;
            }
            return t.isInstance(v) ? 2 : NO;
        }
        if (v instanceof BigInteger) {
            if (t == BigInteger.class) {
                return 0;
            }
            if (t == Object.class || t == Number.class) {
                return 2;
            }
            return t == double.class || t == Double.class ? 5 : t.isInstance(v) ? 2 : NO;
        }
        if (v instanceof Double) {
            if (t == double.class || t == Double.class) {
                return 0;
            }
            if (t == float.class || t == Float.class) {
                return 1;
            }
            return t.isInstance(v) ? 2 : NO;
        }
        if (v instanceof MString) {
            if (t == String.class) {
                return 0;
            }
            if (t == CharSequence.class || t == Comparable.class) {
                return 1;
            }
            return t == Object.class ? 2 : t.isInstance(v) ? 3 : NO;
        }
        if (v instanceof SChar c) {
            if (t == char.class || t == Character.class) {
                return c.codePoint <= 0xFFFF ? 0 : NO;
            }
            if (t == int.class || t == Integer.class) {
                return 4;
            }
            return t == Object.class ? 2 : t.isInstance(v) ? 3 : NO;
        }
        if (v instanceof Boolean) {
            return t == boolean.class || t == Boolean.class ? 0 : t.isInstance(v) ? 2 : NO;
        }
        if (v == Unspecified.VALUE) {
            return t.isPrimitive() ? NO : 1;
        }
        if (v instanceof Object[] && t.isArray() && t != Object[].class) {
            return 3;
        }
        if (t.isInstance(v)) {
            return t == v.getClass() ? 0 : 1;
        }
        if (v instanceof Procedure && Callbacks.isFunctional(t)) {
            return 2;
        }
        return NO;
    }

    /** Converts {@code v} for a parameter of type {@code t}; raises a Scheme error when it does not fit. */
    public static Object toJava(Object v, Class<?> t) {
        if (v instanceof Long n) {
            long x = n;
            if (t == long.class || t == Long.class || t == Object.class || t == Number.class) {
                return n;
            }
            if (t == int.class || t == Integer.class) {
                if ((int) x != x) {
                    throw range(v, t);
                }
                return (int) x;
            }
            if (t == short.class || t == Short.class) {
                if ((short) x != x) {
                    throw range(v, t);
                }
                return (short) x;
            }
            if (t == byte.class || t == Byte.class) {
                if ((byte) x != x) {
                    throw range(v, t);
                }
                return (byte) x;
            }
            if (t == BigInteger.class) {
                return BigInteger.valueOf(x);
            }
            if (t == double.class || t == Double.class) {
                return (double) x;
            }
            if (t == float.class || t == Float.class) {
                return (float) x;
            }
        } else if (v instanceof BigInteger b) {
            if (t == double.class || t == Double.class) {
                return b.doubleValue();
            }
        } else if (v instanceof Double d) {
            if (t == float.class || t == Float.class) {
                return d.floatValue();
            }
        } else if (v instanceof MString s) {
            if (t == String.class || t == CharSequence.class || t == Comparable.class || t == Object.class) {
                return s.toString();
            }
        } else if (v instanceof SChar c) {
            if (t == char.class || t == Character.class || t == Object.class) {
                if (c.codePoint > 0xFFFF) {
                    throw range(v, t);
                }
                return (char) c.codePoint;
            }
            if (t == int.class || t == Integer.class) {
                return c.codePoint;
            }
        } else if (v == Unspecified.VALUE) {
            if (!t.isPrimitive()) {
                return null;
            }
        } else if (v instanceof Object[] a && t.isArray() && !t.isInstance(v)) {
            Class<?> component = t.getComponentType();
            Object out = java.lang.reflect.Array.newInstance(component, a.length);
            for (int i = 0; i < a.length; i++) {
                java.lang.reflect.Array.set(out, i, toJava(a[i], component));
            }
            return out;
        } else if (v instanceof Procedure p && !t.isInstance(v) && Callbacks.isFunctional(t)) {
            return Callbacks.proxy(t, p);
        }
        if (t.isPrimitive() ? box(t).isInstance(v) : t.isInstance(v)) {
            return v;
        }
        throw SchemeError.error("java: cannot convert " + org.termite.runtime.text.Printer.toWriteString(v) + " to "
                + t.getTypeName());
    }

    private static SchemeError range(Object v, Class<?> t) {
        return SchemeError.error("java: " + org.termite.runtime.text.Printer.toWriteString(v) + " is out of range for "
                + t.getTypeName());
    }

    static Class<?> box(Class<?> t) {
        return MethodType.methodType(t).wrap().returnType();
    }

    /** Converts a value Java returned (or a field holds) into a Scheme value. */
    public static Object toScheme(Object v) {
        if (v == null) {
            return Unspecified.VALUE;
        }
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
            return v;
        }
        if (v instanceof String s) {
            return MString.of(s);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Character c) {
            return SChar.of(c);
        }
        if (v instanceof BigInteger b) {
            return Num.norm(b);
        }
        return v;
    }

    /** A handle of type (Object)T converting a Scheme value for a parameter of type {@code t}. */
    static MethodHandle toJavaHandle(Class<?> t) {
        if (t == String.class) {
            return TO_STRING;
        }
        if (t == int.class) {
            return TO_INT;
        }
        return MethodHandles.insertArguments(TO_JAVA, 1, t).asType(MethodType.methodType(t, Object.class));
    }

    private static final MethodHandle TO_STRING;
    private static final MethodHandle LONG_VALUE_OF;
    private static final MethodHandle TO_INT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TO_STRING = l.findStatic(Convert.class, "toString", MethodType.methodType(String.class, Object.class));
            TO_INT = l.findStatic(Convert.class, "toInt", MethodType.methodType(int.class, Object.class));
            LONG_VALUE_OF = l.findStatic(Long.class, "valueOf", MethodType.methodType(Long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@link #toJava} for a String parameter or receiver, the most common one, without the general dispatch. */
    private static String toString(Object v) {
        if (v instanceof MString s) {
            return s.toString();
        }
        if (v instanceof String s) {
            return s;
        }
        return (String) toJava(v, String.class);
    }

    /** {@link #toJava} for an int parameter. */
    private static int toInt(Object v) {
        if (v instanceof Long n && (int) (long) n == n) {
            return (int) (long) n;
        }
        return (Integer) toJava(v, int.class);
    }

    /** A handle of type (T)Object converting what Java returns into a Scheme value. */
    static MethodHandle toSchemeHandle(Class<?> t) {
        if (t == void.class) {
            return null;
        }
        if (t == int.class || t == long.class || t == short.class || t == byte.class) {
            return LONG_VALUE_OF.asType(MethodType.methodType(Object.class, t));
        }
        return TO_SCHEME.asType(MethodType.methodType(Object.class, t));
    }
}
