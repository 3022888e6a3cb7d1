package org.termite.runtime.prims;

/** A hash table key: the key object with the table's equivalence and a hash computed once, consistent with it. */
final class TableKey {
    final Equivalence equivalence;
    final Object value;
    private final int hash;

    TableKey(Equivalence equivalence, Object value) {
        this.equivalence = equivalence;
        this.value = value;
        this.hash = equivalence.hash(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableKey k && k.hash == hash && equivalence.same(value, k.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
