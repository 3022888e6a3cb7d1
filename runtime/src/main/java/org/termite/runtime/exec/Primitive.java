package org.termite.runtime.exec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as the implementation of a Scheme primitive bound to the given global names.
 *
 * <p>Parameters are {@code Object}, optionally ending in {@code Object[]} for rest arguments. The return type is
 * {@code Object}, {@code boolean} (a predicate) or {@code void} (unspecified value). Several methods may share a
 * name to give one primitive several arities. The compiler calls these methods directly (inlining them) where
 * the name is not rebound, so a primitive must not call Scheme procedures: those are written in Scheme.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Primitive {
    String[] value();

    /**
     * False for primitives that must stay real calls: those that capture or replace the continuation (call/cc)
     * need the resume point a call site has.
     */
    boolean inline() default true;
}
