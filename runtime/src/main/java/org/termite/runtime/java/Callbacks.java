package org.termite.runtime.java;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.proc.TermiteException;

/**
 * Scheme procedures as instances of Java's functional interfaces ({@code Runnable}, {@code Comparator},
 * {@code java.util.function.*}, any interface with a single abstract method).
 *
 * <p>Where the call comes from decides where the procedure runs:
 * <ul>
 * <li>from a thread of Java's own (a thread pool, a timer, a listener): in a new process on the scheduler,
 *     while the Java thread waits for its result. Scheme code never runs on a foreign thread, so it can receive,
 *     spawn and send like any process.</li>
 * <li>from Java code that Scheme called on a scheduler thread (a {@code Comparator} given to
 *     {@code Collections.sort}): right there, synchronously, in the calling process, with a trampoline base of
 *     its own. Such a callback cannot wait for a message (blocking the process's thread would stall its
 *     worker); it gets an error that says so.</li>
 * </ul>
 * Arguments reach the procedure converted by {@link Convert#toScheme}, its result goes back converted to the
 * method's return type; a Scheme error comes out as a {@link SchemeException}.
 */
public final class Callbacks {
    private static final ConcurrentHashMap<Class<?>, Method> FUNCTIONAL = new ConcurrentHashMap<>();
    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Callbacks() {}

    /** True for an interface with exactly one abstract method (not counting Object's). */
    public static boolean isFunctional(Class<?> t) {
        return single(t) != null;
    }

    private static Method single(Class<?> t) {
        if (!t.isInterface()) {
            return null;
        }
        Method m = FUNCTIONAL.computeIfAbsent(t, Callbacks::findSingle);
        return m == NONE ? null : m;
    }

    private static Method findSingle(Class<?> t) {
        Method found = null;
        for (Method m : t.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found != null && !(found.getName().equals(m.getName())
                    && java.util.Arrays.equals(found.getParameterTypes(), m.getParameterTypes()))) {
                return NONE;
            }
            found = m;
        }
        return found == null ? NONE : found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** An instance of functional interface {@code t} that calls {@code p}. */
    public static Object proxy(Class<?> t, Procedure p) {
        Method target = single(t);
        if (target == null) {
            throw org.termite.runtime.exec.SchemeError.error("java: " + t.getName() + " is not a functional interface");
        }
        InvocationHandler h = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "#<procedure " + p.name() + " as " + t.getName() + ">";
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(self, method, args);
            }
            Object[] schemeArgs = new Object[args == null ? 0 : args.length];
            for (int i = 0; i < schemeArgs.length; i++) {
                schemeArgs[i] = Convert.toScheme(args[i]);
            }
            Object result = call(p, schemeArgs);
            Class<?> r = method.getReturnType();
            return r == void.class ? null : Convert.toJava(result, r);
        };
        ClassLoader loader = t.getClassLoader() != null ? t.getClassLoader() : Callbacks.class.getClassLoader();
        return Proxy.newProxyInstance(loader, new Class<?>[] {t}, h);
    }

    /**
     * Calls a Scheme procedure from Java and returns its result: in a process of its own if this thread is not
     * running a process, else on this thread. A Scheme error becomes a {@link SchemeException}.
     */
    public static Object call(Procedure p, Object... args) {
        if (Processes.inProcess()) {
            return callHere(p, args);
        }
        return inProcess(p, args);
    }

    private static Object callHere(Procedure p, Object[] args) {
        Context c = Context.current();
        DynamicState saved = c.dyn;
        // The callback's raises must not reach the handlers of the Scheme code that called into Java: those
        // would resume a continuation outside this base.
        c.dyn = DynamicState.EMPTY.withParameters(saved.parameters());
        try {
            return Trampoline.call(p, args);
        } catch (Uncaught u) {
            throw SchemeException.of(u.payload);
        } finally {
            c.dyn = saved;
        }
    }

    private static Object inProcess(Procedure p, Object[] args) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        Scheduler s = Scheduler.get();
        Process proc = s.create(k -> p.call(Trampoline.baseDepth(), args), DynamicState.EMPTY, (pr, reason, value) -> {
            if (reason == Processes.NORMAL) {
                done.complete(value);
            } else {
                done.completeExceptionally(value instanceof TermiteException te ? SchemeException.of(te.object)
                        : SchemeException.of(value));
            }
        });
        s.start(proc);
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemeException("interrupted while waiting for a Scheme procedure", null, e);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        }
    }
}
