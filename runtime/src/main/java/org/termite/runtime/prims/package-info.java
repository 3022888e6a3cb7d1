/**
 * The primitives that are neither numeric, textual nor about ports or processes: control (apply, values,
 * call/cc, dynamic-wind), equivalence, lists, vectors, bytevectors, hash tables, records, errors, promises, symbols,
 * time, eval and libraries, the system.
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}, {@code text}.
 */
package org.termite.runtime.prims;
