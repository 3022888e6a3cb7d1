/**
 * The data of Scheme programs that needs no execution engine: pairs and the empty list, symbols, keywords, mutable
 * strings, characters, boxes, records and their types, promises, multiple values, tags, and the unique objects
 * (end of file, unspecified, the default-argument marker). Numbers live in {@code num}; hash tables, which call
 * procedures, in {@code prims}.
 *
 * <p>May use: nothing of the runtime. The printer is above this package; values write themselves through
 * {@link org.termite.runtime.value.Written}, where the printer installs itself.
 */
package org.termite.runtime.value;
