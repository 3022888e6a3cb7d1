/**
 * Running Scheme test programs, each in a JVM of its own, and collecting their SRFI 64 results: what
 * {@code termite test} and the Maven plugin's {@code test} goal share ({@link org.termite.compiler.testing.TestPrograms}).
 * Uses the root package (Compiler, Session), {@code library}'s search path and the runtime.
 */
package org.termite.compiler.testing;
