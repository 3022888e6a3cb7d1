/**
 * The compiler's front door: {@link org.termite.compiler.Compiler} runs the {@link org.termite.compiler.Pipeline}
 * of a module and generates its classes; {@link org.termite.compiler.Session} is a compiler and a running node in
 * one JVM. May use every package of the compiler and the runtime.
 */
package org.termite.compiler;
