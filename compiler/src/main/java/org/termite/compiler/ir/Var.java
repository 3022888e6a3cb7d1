package org.termite.compiler.ir;

/**
 * A local variable. Identity is the {@code id}, unique within one compilation, so two variables with the same
 * source name (shadowing, or hygienic renaming by a macro) stay distinct.
 */
public record Var(String name, int id) {
    @Override
    public String toString() {
        return name + "." + id;
    }
}
