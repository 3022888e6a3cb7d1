/**
 * The numeric tower: fixnums as {@code Long}, bignums, exact rationals, flonums as {@code Double}, complex numbers;
 * generic arithmetic, comparison, division, exponentiation, parsing and printing of numbers, and their primitives;
 * what compiled loops call with fixnums they hold unboxed ({@code UnboxedFixnums}, {@code SharedLongs}).
 *
 * <p>May use: {@code value}, {@code exec} (errors, the primitive annotation).
 */
package org.termite.runtime.num;
