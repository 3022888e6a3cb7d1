/**
 * The {@code termitec} and {@code termite} commands (picocli) and the REPL. Uses the root package (Compiler,
 * Session, JarWriter), {@code codegen}'s class names, {@code library}'s search path, {@code testing}, and the
 * runtime.
 */
package org.termite.compiler.cli;
