package org.termite.runtime.value;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A unique tag (make-tag): a random number drawn once per node and a counter, so tags made on different nodes
 * never collide and a tag that travels and comes back is still equal to the original (pattern ,tag matches).
 */
public final class Tag implements org.termite.runtime.value.EqvByValue {
    private static final long NODE_PART = new SecureRandom().nextLong();
    private static final AtomicLong COUNTER = new AtomicLong();

    public final long node;
    public final long serial;

    public Tag(long node, long serial) {
        this.node = node;
        this.serial = serial;
    }

    public static Tag fresh() {
        return new Tag(NODE_PART, COUNTER.incrementAndGet());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tag t && t.node == node && t.serial == serial;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(node ^ serial * 0x9E3779B97F4A7C15L);
    }

    @Override
    public String toString() {
        return "#<tag " + serial + ">";
    }
}
