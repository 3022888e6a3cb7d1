package org.termite.runtime.serial;

import java.lang.ref.WeakReference;
import java.util.WeakHashMap;

/**
 * One object per value, for values that are equal by content but compared with eq? by Scheme code (tags): the
 * objects serialized or deserialized on this node, held weakly. A tag that leaves and comes back is then the very
 * object it was, so it matches the original even where only identity is compared.
 */
final class Canonical<T> {
    private final WeakHashMap<T, WeakReference<T>> objects = new WeakHashMap<>();

    /** The object equal to {@code value} already known here, or {@code value}, which is known from now on. */
    synchronized T intern(T value) {
        WeakReference<T> ref = objects.get(value);
        T known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        objects.put(value, new WeakReference<>(value));
        return value;
    }
}
