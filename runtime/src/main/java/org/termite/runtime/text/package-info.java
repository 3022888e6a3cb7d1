/**
 * Characters and strings as Scheme sees them (case folding, character names, the string primitives), the reader
 * (lexer, datum labels, source positions) and the printer ({@code write}, {@code display}, shared structure).
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}.
 */
package org.termite.runtime.text;
