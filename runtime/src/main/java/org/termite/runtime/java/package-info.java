/**
 * Calling Java from Scheme: the procedures {@code java-new}, {@code java-call}, {@code java-static},
 * {@code java-field} and their friends ({@link org.termite.runtime.java.JavaPrims}), the call sites the compiler
 * makes of Clojure's surface syntax ({@code (Math/abs -5)}, {@code (.length s)}, {@code (ArrayList. 10)};
 * {@link org.termite.runtime.java.JavaSite}), the conversions of values at the boundary
 * ({@link org.termite.runtime.java.Convert}), the choice of an overload by the run-time types of the arguments
 * ({@link org.termite.runtime.java.Members}), and Scheme procedures made into instances of functional interfaces
 * ({@link org.termite.runtime.java.Callbacks}).
 *
 * <p>Compiled Scheme code references this package only through {@code JavaPrims}, whose primitives the compiler
 * inlines like any other.
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}, {@code text}, {@code prims}, {@code proc} (a Java callback
 * runs as a process).
 */
package org.termite.runtime.java;
