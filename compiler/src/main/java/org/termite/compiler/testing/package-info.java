/**
 * Running Scheme test programs, each in a JVM of its own, and collecting their SRFI 64 results: what
 * {@code termite test} and the Maven plugin's {@code test} goal share ({@link org.termite.compiler.testing.TestPrograms}).
 */
package org.termite.compiler.testing;
