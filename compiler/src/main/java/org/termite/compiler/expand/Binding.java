package org.termite.compiler.expand;

import org.termite.compiler.ir.Var;

/** What an identifier means in a syntactic environment. An identifier with no binding is a global variable. */
public sealed interface Binding {
    record Local(Var var) implements Binding {}

    record Macro(Transformer transformer) implements Binding {}

    record Special(String name, SpecialForm form) implements Binding {}

    /** A global variable that shadows a special form or macro of the same name (the user defined it). */
    record GlobalVar() implements Binding {}
}
