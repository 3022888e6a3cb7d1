/**
 * R7RS libraries (define-library, import sets, the standard libraries, library files on a search path) and
 * eval, load and environment of a session. Uses {@code expand}, {@code codegen}'s class names, the root
 * package (Compiler, Session) and the runtime.
 */
package org.termite.compiler.library;
