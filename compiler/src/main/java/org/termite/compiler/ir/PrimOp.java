package org.termite.compiler.ir;

import java.lang.reflect.Method;
import org.termite.runtime.value.Symbol;

/**
 * A primitive chosen for a direct call: the Scheme name and the Java method of the matching arity. A variadic
 * method receives the arguments past its fixed ones in an array.
 */
public record PrimOp(Symbol name, Method method) {
    public boolean variadic() {
        return method.isVarArgs();
    }

    public int fixedCount() {
        return variadic() ? method.getParameterCount() - 1 : method.getParameterCount();
    }

    public boolean returnsBoolean() {
        return method.getReturnType() == boolean.class;
    }

    public boolean returnsVoid() {
        return method.getReturnType() == void.class;
    }

    @Override
    public String toString() {
        return name.name;
    }
}
