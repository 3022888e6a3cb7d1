/**
 * The passes between expansion and code generation, one class each, named by what it does
 * ({@code ConvertClosures.run}); {@link org.termite.compiler.Pipeline} lists them in order. Uses {@code ir} and
 * the runtime's values; never the code generator, the libraries or the command line.
 */
package org.termite.compiler.passes;
