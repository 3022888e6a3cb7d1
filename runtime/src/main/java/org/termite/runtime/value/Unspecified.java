package org.termite.runtime.value;

/** The value of expressions whose value is unspecified; Gambit writes it {@code #!void}. */
public final class Unspecified {
    public static final Unspecified VALUE = new Unspecified();

    private Unspecified() {}

    @Override
    public String toString() {
        return "#!void";
    }
}
