package org.termite.runtime.exec;

import org.termite.runtime.value.Symbol;

/**
 * Where the compiled code of one class loader finds its globals. The program's own code, the standard library and
 * eval'd code all use the node's one global environment; code that arrived from another node for a module version
 * this node does not run gets its own instance of that module's definitions, through a class loader that implements
 * this interface. The hook keeps {@link Globals} ignorant of where such code comes from.
 */
public interface Namespace {
    /** The cell compiled code of this namespace means by {@code name}. */
    Global cell(Symbol name);
}
