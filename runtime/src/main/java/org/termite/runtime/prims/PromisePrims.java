package org.termite.runtime.prims;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Promise;

/** The primitive parts of promises; force itself is written in Scheme (it calls the thunks). */
public final class PromisePrims {
    private PromisePrims() {}

    @Primitive("make-promise")
    public static Object makePromise(Object value) {
        return value instanceof Promise ? value : new Promise(true, value);
    }

    @Primitive("%make-lazy-promise")
    public static Object makeLazy(Object thunk) {
        return new Promise(false, thunk);
    }

    @Primitive("promise?")
    public static boolean isPromise(Object x) {
        return x instanceof Promise;
    }

    @Primitive("%promise-done?")
    public static boolean isDone(Object p) {
        return promise(p).state.done;
    }

    @Primitive("%promise-value")
    public static Object value(Object p) {
        return promise(p).state.value;
    }

    /** Makes {@code old} share {@code fresh}'s outcome: the step that keeps delay-force iterative. */
    @Primitive("%promise-update!")
    public static void update(Object fresh, Object old) {
        Promise n = promise(fresh);
        Promise o = promise(old);
        o.state.done = n.state.done;
        o.state.value = n.state.value;
        n.state = o.state;
    }

    private static Promise promise(Object p) {
        if (p instanceof Promise pr) {
            return pr;
        }
        throw SchemeError.wrongType("force", "promise", p);
    }
}
