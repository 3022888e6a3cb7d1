package org.termite.compiler.passes;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.termite.compiler.ir.Core;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.LambdaMarker;
import org.termite.runtime.num.Complex;
import org.termite.runtime.num.Ratnum;
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
 * embed-objects: Core -> Core whose constants all have a written form, for code compiled in memory to run in the
 * same JVM (eval, load); code for a class file is left as it is. An expression
 * given to eval may hold any object, not only data with a written form: {@code (eval (list f 1))} with f a
 * procedure. A class file keeps literals by their written form, so such a constant is handed over by reference
 * instead: it goes into a global of its own, and the code refers to that global. The object itself is used,
 * so its identity is kept too.
 */
public final class EmbedObjects extends CoreRewriter {
    /** Across compilations: the globals made here live in the one runtime of this JVM. */
    private static final AtomicLong COUNT = new AtomicLong();

    private EmbedObjects() {}

    /** {@code inMemory}: the code runs in this JVM and goes to no class file. */
    public static Core run(Core program, boolean inMemory) {
        return inMemory ? new EmbedObjects().rewrite(program) : program;
    }

    @Override
    Core rewrite(Core c) {
        if (c instanceof Core.Const k && !writable(k.value(), new IdentityHashMap<>())) {
            Symbol name = Symbol.of("%embedded-object." + COUNT.incrementAndGet());
            Globals.cell(name).value = k.value();
            return new Core.GlobalRef(name, k.pos());
        }
        return children(c);
    }

    /** True for data that reads back from its written form: what compiled classes can keep as literals. */
    private static boolean writable(Object x, Map<Object, Boolean> seen) {
        if (x instanceof Boolean || x == Nil.NIL || x == Unspecified.VALUE || x == Eof.VALUE || x == DefaultObject.VALUE
                || x == Global.UNBOUND || x instanceof Long || x instanceof Double || x instanceof BigInteger
                || x instanceof Ratnum || x instanceof Complex || x instanceof MString || x instanceof Symbol
                || x instanceof Keyword || x instanceof SChar || x instanceof byte[] || x instanceof LambdaMarker) {
            return true;
        }
        if (seen.put(x, Boolean.TRUE) != null) {
            return true;
        }
        if (x instanceof Pair p) {
            return writable(p.car, seen) && writable(p.cdr, seen);
        }
        if (x instanceof Object[] v) {
            for (Object e : v) {
                if (!writable(e, seen)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
