/**
 * The expander: source data to Core, with syntax-rules, define-macro and the derived forms of Scheme, Gambit and
 * Termite. Uses {@code ir} and the runtime. Import, define-library and
 * cond-expand reach the session's libraries through {@link org.termite.compiler.expand.LibraryForms}, which the
 * {@code library} package implements, so the two packages do not depend on each other both ways.
 */
package org.termite.compiler.expand;
