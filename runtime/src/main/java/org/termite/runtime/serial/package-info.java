/**
 * Serialization of every value ({@code object->u8vector}): the wire format on Kryo with registration required,
 * procedures and continuations by stable class ID and module hash, records, hash tables, and what a receiver does
 * when it lacks the code a value names ({@link org.termite.runtime.serial.MissingCode}).
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}, {@code text}, {@code prims}, {@code io}. Types defined
 * above (pids, nodes) register their serializers here at start-up.
 */
package org.termite.runtime.serial;
