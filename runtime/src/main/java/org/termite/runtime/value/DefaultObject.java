package org.termite.runtime.value;

/** Gambit's {@code #!default}: the value of an optional parameter that was not supplied. */
public final class DefaultObject {
    public static final DefaultObject VALUE = new DefaultObject();

    private DefaultObject() {}

    @Override
    public String toString() {
        return "#!default";
    }
}
