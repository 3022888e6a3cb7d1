package org.termite.compiler.ir;

import java.lang.reflect.Method;
import java.util.List;
import org.termite.runtime.boot.Primitives;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.value.Symbol;

/** Chooses the primitive method to call directly for a name and an argument count. */
public final class PrimOps {
    private PrimOps() {}

    /** The method of {@code name} that takes exactly {@code argc} arguments, else a variadic one; or null. */
    public static PrimOp find(String name, int argc) {
        List<Method> methods = Primitives.methods(name);
        Method variadic = null;
        for (Method m : methods) {
            if (!m.getAnnotation(Primitive.class).inline()) {
                return null;
            }
            if (m.isVarArgs()) {
                if (argc >= m.getParameterCount() - 1) {
                    variadic = m;
                }
            } else if (m.getParameterCount() == argc) {
                return new PrimOp(Symbol.of(name), m);
            }
        }
        return variadic == null ? null : new PrimOp(Symbol.of(name), variadic);
    }

    /** Like {@link #find} for primitives the compiler itself relies on; their absence is a build mistake. */
    public static PrimOp get(String name, int argc) {
        PrimOp op = find(name, argc);
        if (op == null) {
            throw new IllegalStateException("the runtime has no primitive " + name + " of " + argc + " arguments");
        }
        return op;
    }
}
