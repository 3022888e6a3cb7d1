/**
 * The compiler's intermediate languages, records under sealed interfaces ({@link org.termite.compiler.ir.Core},
 * {@link org.termite.compiler.ir.Anf}), with what every pass over them shares: the visitor and rewriter of Anf,
 * the supply of fresh variables, the printer that {@code --trace} uses, the well-formedness check of each
 * language, and {@link org.termite.compiler.ir.CompileError}, the error every pass raises at a source position. Uses the runtime's values only, and no other package of the compiler.
 */
package org.termite.compiler.ir;
