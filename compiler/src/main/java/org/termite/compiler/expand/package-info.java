/**
 * The expander: source data to Core, with syntax-rules, define-macro and the derived forms of Scheme, Gambit and
 * Termite. Uses {@code ir}, the root package (CompileError), {@code library} for import and define-library
 * forms, and the runtime.
 */
package org.termite.compiler.expand;
