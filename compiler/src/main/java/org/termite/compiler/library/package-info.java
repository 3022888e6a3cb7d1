/**
 * R7RS libraries (define-library, import sets, the standard libraries, library files on a search path) and
 * load and environment of a session. Uses {@code ir}, {@code expand}, {@code codegen}'s class names and the
 * runtime; the root package's session uses this one, not the other way.
 */
package org.termite.compiler.library;
