package org.termite.runtime.text;

/** A {@link CodePointSource} over a Java string. */
public final class StringSource implements CodePointSource {
    private final String text;
    private int index;

    public StringSource(String text) {
        this.text = text;
    }

    @Override
    public int peek() {
        return index < text.length() ? text.codePointAt(index) : -1;
    }

    @Override
    public int read() {
        if (index >= text.length()) {
            return -1;
        }
        int c = text.codePointAt(index);
        index += Character.charCount(c);
        return c;
    }
}
