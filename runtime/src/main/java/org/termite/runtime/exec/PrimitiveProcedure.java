package org.termite.runtime.exec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import org.termite.runtime.value.Unspecified;

/**
 * The first-class value of a primitive: the same static methods the compiler inlines, called through handles.
 *
 * <p>The node binds several hundred primitives at start-up and a program calls a few of them as values, so
 * the methods and their handles are looked up on the first call (building a handle spins classes of
 * {@code java.lang.invoke}: a third of a short program's start-up when all were built at boot).
 */
public final class PrimitiveProcedure extends Procedure {
    private static final int DIRECT = 5;

    private final String name;
    /** Null until the first call; a racy first use may build two equal sets, which is harmless. */
    private Handles handles;

    public PrimitiveProcedure(String name, List<Method> methods) {
        this.name = name;
        this.handles = new Handles(methods);
    }

    /** A primitive whose methods are looked up in the {@link PrimitiveTable} when it is first called. */
    public static PrimitiveProcedure lazy(String name) {
        return new PrimitiveProcedure(name);
    }

    private PrimitiveProcedure(String name) {
        this.name = name;
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = new Handles(PrimitiveTable.methods(name));
            handles = h;
        }
        return h;
    }

    /**
     * The handles of one primitive's methods, by argument count. The handle that collects a rest argument for a
     * given count, and the spreader {@link #applyN} uses, are made when first needed: each one spins classes of
     * {@code java.lang.invoke}, and a variadic primitive passed as a value (values, list, +) is usually called with
     * one or two counts. Fields set once (racy first uses make equal handles, and a handle's fields are final).
     */
    private static final class Handles {
        /** For argument counts 0..4, a handle of type (Object...)Object; null until first made or when an error. */
        final MethodHandle[] byCount = new MethodHandle[DIRECT];
        final MethodHandle[] fixedByCount;
        /** The rest-argument method, of its own type but returning Object; null when there is none. */
        final MethodHandle rest;
        final int variadicFixed;
        /** {@link #rest} as a spreader taking one Object[] of fixed arguments plus the rest array; made on first use. */
        private MethodHandle variadic;

        Handles(List<Method> methods) {
            int maxFixed = 0;
            for (Method m : methods) {
                if (!m.isVarArgs()) {
                    maxFixed = Math.max(maxFixed, m.getParameterCount());
                }
            }
            fixedByCount = new MethodHandle[maxFixed + 1];
            MethodHandle var = null;
            int varFixed = -1;
            try {
                for (Method m : methods) {
                    MethodHandle mh = returnObject(MethodHandles.publicLookup().unreflect(m).asFixedArity(), m);
                    if (m.isVarArgs()) {
                        var = mh;
                        varFixed = m.getParameterCount() - 1;
                    } else {
                        int n = m.getParameterCount();
                        fixedByCount[n] = mh.asType(MethodType.genericMethodType(n));
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            rest = var;
            variadicFixed = varFixed;
        }

        /** The handle for {@code n} (0..4) arguments, or null when the primitive takes no such count. */
        MethodHandle forCount(int n) {
            MethodHandle mh = byCount[n];
            if (mh == null) {
                if (n < fixedByCount.length && fixedByCount[n] != null) {
                    mh = fixedByCount[n];
                } else if (rest != null && n >= variadicFixed) {
                    mh = rest.asCollector(Object[].class, n - variadicFixed).asType(MethodType.genericMethodType(n));
                } else {
                    return null;
                }
                byCount[n] = mh;
            }
            return mh;
        }

        MethodHandle variadic() {
            MethodHandle v = variadic;
            if (v == null && rest != null) {
                v = rest.asType(MethodType.genericMethodType(variadicFixed).appendParameterTypes(Object[].class))
                        .asSpreader(Object[].class, variadicFixed + 1);
                variadic = v;
            }
            return v;
        }
    }

    private static MethodHandle returnObject(MethodHandle mh, Method m) {
        if (m.getReturnType() == void.class) {
            return MethodHandles.filterReturnValue(mh, MethodHandles.constant(Object.class, Unspecified.VALUE));
        }
        return mh;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object apply0(int d) {
        return invoke0(handle(0));
    }

    @Override
    public Object apply1(int d, Object a) {
        return invoke1(handle(1), a);
    }

    @Override
    public Object apply2(int d, Object a, Object b) {
        return invoke2(handle(2), a, b);
    }

    @Override
    public Object apply3(int d, Object a, Object b, Object c) {
        MethodHandle mh = handle(3);
        try {
            return mh.invokeExact(a, b, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public Object apply4(int d, Object a, Object b, Object c, Object e) {
        MethodHandle mh = handle(4);
        try {
            return mh.invokeExact(a, b, c, e);
        } catch (RuntimeException | Error x) {
            throw x;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public Object applyN(int d, Object[] args) {
        int n = args.length;
        Handles h = handles();
        MethodHandle[] fixedByCount = h.fixedByCount;
        int variadicFixed = h.variadicFixed;
        try {
            if (n < fixedByCount.length && fixedByCount[n] != null) {
                return fixedByCount[n].invokeWithArguments(args);
            }
            if (h.rest != null && n >= variadicFixed) {
                Object[] spread = new Object[variadicFixed + 1];
                System.arraycopy(args, 0, spread, 0, variadicFixed);
                spread[variadicFixed] = java.util.Arrays.copyOfRange(args, variadicFixed, n);
                return h.variadic().invokeExact(spread);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        throw arityError(n);
    }

    /** What the primitive's Java overloads accept, from the fewest arguments to the most (-1: no limit). */
    private SchemeError arityError(int n) {
        Handles h = handles();
        MethodHandle[] fixedByCount = h.fixedByCount;
        boolean variadic = h.rest != null;
        int variadicFixed = h.variadicFixed;
        int min = variadic ? variadicFixed : Integer.MAX_VALUE;
        int max = -1;
        for (int i = 0; i < fixedByCount.length; i++) {
            if (fixedByCount[i] != null) {
                min = Math.min(min, i);
                max = Math.max(max, i);
            }
        }
        return Rt.arityError(this, n, min, variadic ? -1 : max);
    }

    private MethodHandle handle(int n) {
        MethodHandle mh = handles().forCount(n);
        if (mh == null) {
            throw arityError(n);
        }
        return mh;
    }

    private static Object invoke0(MethodHandle mh) {
        try {
            return mh.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Object invoke1(MethodHandle mh, Object a) {
        try {
            return mh.invokeExact(a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Object invoke2(MethodHandle mh, Object a, Object b) {
        try {
            return mh.invokeExact(a, b);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
