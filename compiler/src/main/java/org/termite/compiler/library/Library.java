package org.termite.compiler.library;

import java.util.Map;
import org.termite.runtime.value.Symbol;

/**
 * A library known to the compiler: its exports by external name, and the class of its module, whose body
 * must run before an importer's (null for the standard libraries, which are always there). An open library
 * has no fixed export list: any name imported from it means the global or keyword of that name.
 */
public record Library(LibraryName name, Map<Symbol, Export> exports, String moduleClass, boolean open) {}
