package org.termite.runtime.prims;

import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.Continuation;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Parameter;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Unspecified;
import org.termite.runtime.value.Values;

/**
 * Procedures, continuations, multiple values and the dynamic environment. The dynamic-environment primitives
 * ({@code %dyn...}) are the building blocks of dynamic-wind, parameterize and the exception handlers, which
 * the Scheme library writes on top of them.
 */
public final class ControlPrims {
    private ControlPrims() {}

    @Primitive("procedure?")
    public static boolean isProcedure(Object x) {
        return x instanceof Procedure;
    }

    @Primitive("values")
    public static Object values(Object... xs) {
        return Values.of(xs);
    }

    /**
     * Unwinds the stack into frames; at the trampoline base the receiver gets them as a continuation. Not inlined:
     * the call must keep its resume point, which is where the continuation returns, and its call site passes on the
     * capture this returns.
     */
    @Primitive(value = {"call-with-current-continuation", "call/cc"}, inline = false)
    public static Object callCC(Object receiver) {
        Procedure f = Rt.proc(receiver);
        DynamicState dyn = Context.current().dyn;
        return new Capture(k -> f.apply1(Trampoline.baseDepth(), new Continuation(k, dyn)));
    }

    @Primitive("continuation?")
    public static boolean isContinuation(Object x) {
        return x instanceof Continuation;
    }

    @Primitive("%values?")
    public static boolean isValues(Object x) {
        return x instanceof Values;
    }

    @Primitive("%values->list")
    public static Object valuesToList(Object x) {
        return x instanceof Values v ? Pair.list(v.values) : Pair.list(x);
    }

    @Primitive("%dyn")
    public static Object dyn() {
        return Context.current().dyn;
    }

    @Primitive("%set-dyn!")
    public static void setDyn(Object d) {
        Context.current().dyn = (DynamicState) d;
    }

    @Primitive("%dyn-winders")
    public static Object winders() {
        return Context.current().dyn.winders();
    }

    @Primitive("%set-dyn-winders!")
    public static void setWinders(Object w) {
        Context c = Context.current();
        c.dyn = c.dyn.withWinders(w);
    }

    @Primitive("%dyn-handlers")
    public static Object handlers() {
        return Context.current().dyn.handlers();
    }

    @Primitive("%set-dyn-handlers!")
    public static void setHandlers(Object h) {
        Context c = Context.current();
        c.dyn = c.dyn.withHandlers(h);
    }

    @Primitive("%dyn-parameters")
    public static Object parameters() {
        return Context.current().dyn.parameters();
    }

    @Primitive("%set-dyn-parameters!")
    public static void setParameters(Object p) {
        Context c = Context.current();
        c.dyn = c.dyn.withParameters(p);
    }

    @Primitive("%continuation-winders")
    public static Object continuationWinders(Object k) {
        return ((Continuation) k).dyn.winders();
    }

    /** Leaves the current continuation for {@code k}'s, after the dynamic-wind transitions have run. */
    @Primitive(value = "%continuation-abort", inline = false)
    public static Object continuationAbort(Object k, Object value) {
        throw ((Continuation) k).abort(value);
    }

    /**
     * Gambit's within-continuation, once the dynamic-wind transitions have run: abandons the current continuation
     * and calls {@code thunk} with {@code k} as its continuation, so the thunk runs in k's dynamic environment and
     * what it returns goes to k.
     */
    @Primitive(value = "%continuation-graft", inline = false)
    public static Object continuationGraft(Object k, Object thunk) {
        if (!(k instanceof Continuation c)) {
            throw SchemeError.wrongType("within-continuation", "continuation", k);
        }
        Procedure f = Rt.proc(thunk);
        Context.current().dyn = c.dyn;
        throw new org.termite.runtime.exec.Abort(c.frames, null, ignored -> f.call(Trampoline.baseDepth(), new Object[0]));
    }

    @Primitive("%make-parameter")
    public static Object makeParameter(Object value, Object converter) {
        return new Parameter(value, converter instanceof Procedure p ? p : null, "parameter");
    }

    @Primitive("%parameter-converter")
    public static Object parameterConverter(Object p) {
        if (!(p instanceof Parameter param)) {
            throw SchemeError.wrongType("parameterize", "parameter", p);
        }
        return param.converter == null ? Boolean.FALSE : param.converter;
    }

    @Primitive("%key-ref")
    public static Object keyRef(Object rest, Object key) {
        for (Object l = rest; l instanceof Pair p; l = p.cdr) {
            if (p.car == key && p.cdr instanceof Pair v) {
                return v.car;
            }
            if (p.car instanceof Keyword && p.cdr instanceof Pair v) {
                l = v;
            }
        }
        return DefaultObject.VALUE;
    }

    @Primitive("%make-case-lambda")
    public static Object makeCaseLambda(Object arities, Object... clauses) {
        return new CaseLambda(arities, clauses);
    }

    @Primitive("void")
    public static Object voidValue(Object... ignored) {
        return Unspecified.VALUE;
    }

    @Primitive("%make-box")
    public static Object makeBox(Object v) {
        return new org.termite.runtime.value.Box(v);
    }

}
