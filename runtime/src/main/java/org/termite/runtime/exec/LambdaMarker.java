package org.termite.runtime.exec;

/** Gambit's lambda-list markers {@code #!optional}, {@code #!rest} and {@code #!key}, as the reader returns them. */
public enum LambdaMarker {
    OPTIONAL("#!optional"), REST("#!rest"), KEY("#!key");

    private final String written;

    LambdaMarker(String written) {
        this.written = written;
    }

    @Override
    public String toString() {
        return written;
    }
}
