package org.termite.runtime.value;

/** A mutable cell holding an assigned local variable, so closures and frames can share it. */
public final class Box {
    public Object value;

    public Box(Object value) {
        this.value = value;
    }
}
