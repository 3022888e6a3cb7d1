package org.termite.runtime.text;

/**
 * Constants of compiled code that are written out as text in the class file (lists, vectors, strings with
 * sharing) and read back once, when the class's constant is first needed.
 */
public final class CompiledConstants {
    private CompiledConstants() {}

    /** The datum {@code written} denotes. */
    public static Object read(String written) {
        return new DatumReader(written, "<constant>", null).read();
    }
}
