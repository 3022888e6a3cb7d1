package org.termite.runtime.prims;

import java.util.LinkedHashMap;
import java.util.Map;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * A mutable hash table (SRFI 69's hash tables and Gambit's tables are the same objects). Entries keep their
 * insertion order, so listing a table gives the same output on every run. Operations are synchronized: a
 * table may be shared by processes running on different worker threads, and an unsynchronized map can be
 * corrupted by concurrent writes.
 */
public final class HashTable {
    public final Equivalence equivalence;
    /** Gambit's {@code init:} value, returned by table-ref for a missing key; null when there is none. */
    private final Object missing;
    private final LinkedHashMap<TableKey, Object> map;

    /** The value table-ref gives for a missing key, or null when there is none. */
    public Object missing() {
        return missing;
    }

    public HashTable(Equivalence equivalence) {
        this(equivalence, null);
    }

    /** A table whose table-ref gives {@code missing} for a missing key (Gambit's {@code init:}); null for none. */
    public HashTable(Equivalence equivalence, Object missing) {
        this(equivalence, missing, new LinkedHashMap<>());
    }

    private HashTable(Equivalence equivalence, Object missing, LinkedHashMap<TableKey, Object> map) {
        this.equivalence = equivalence;
        this.missing = missing;
        this.map = map;
    }

    /** The value of {@code key}, or {@code absent} if there is none. */
    public synchronized Object get(String who, Object key, Object absent) {
        Object v = map.get(equivalence.key(who, key));
        return v != null ? v : absent;
    }

    public synchronized void put(String who, Object key, Object value) {
        map.put(equivalence.key(who, key), value);
    }

    public synchronized void remove(String who, Object key) {
        map.remove(equivalence.key(who, key));
    }

    public synchronized boolean contains(String who, Object key) {
        return map.containsKey(equivalence.key(who, key));
    }

    public synchronized int size() {
        return map.size();
    }

    public synchronized void clear() {
        map.clear();
    }

    public synchronized HashTable copy() {
        return new HashTable(equivalence, missing, new LinkedHashMap<>(map));
    }

    public synchronized Object keys() {
        Object[] xs = new Object[map.size()];
        int i = 0;
        for (TableKey k : map.keySet()) {
            xs[i++] = k.value;
        }
        return Pair.list(xs);
    }

    public synchronized Object values() {
        return Pair.list(map.values().toArray());
    }

    /** The entries as a fresh association list, in insertion order. */
    public synchronized Object toAlist() {
        Object[] xs = new Object[map.size()];
        int i = 0;
        for (Map.Entry<TableKey, Object> e : map.entrySet()) {
            xs[i++] = new Pair(e.getKey().value, e.getValue());
        }
        return xs.length == 0 ? Nil.NIL : Pair.list(xs);
    }

    @Override
    public String toString() {
        return "#<hash-table " + size() + ">";
    }
}
