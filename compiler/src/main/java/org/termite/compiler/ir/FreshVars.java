package org.termite.compiler.ir;

/**
 * The supply of variables of one compilation: the expander's and every pass's fresh variables come from this one
 * counter, so two variables of a compilation never share an id, whichever step made them.
 */
public final class FreshVars {
    private int next;

    /** A variable no other of this compilation is equal to; {@code name} is for printing only. */
    public Var fresh(String name) {
        return new Var(name, next++);
    }
}
