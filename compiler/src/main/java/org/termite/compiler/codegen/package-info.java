/**
 * JVM classes from closure-converted Anf, with ASM, which stays inside this package: one class per procedure
 * ({@link org.termite.compiler.codegen.LambdaEmitter}), its methods' bodies, literals and global cells, stable
 * class names and code hashes. Every runtime member the classes use is named in
 * {@link org.termite.compiler.codegen.RuntimeAbi}. Uses {@code ir} and the runtime.
 */
package org.termite.compiler.codegen;
