package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.termite.runtime.prims.Show.error;
import static org.termite.runtime.prims.Show.list;
import static org.termite.runtime.prims.Show.of;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Primitives;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

class HashTablePrimsTest {
    private static final Object A = Symbol.of("a");
    private static final Object B = Symbol.of("b");

    @BeforeAll
    static void installPrimitives() {
        Primitives.install();
    }

    private static Object proc(String name) {
        return Globals.lookup(name);
    }

    @Test
    void equalTable_findsStructurallyEqualKeys() {
        Object t = HashTablePrims.makeHashTable();
        HashTablePrims.set(t, list(1L, MString.of("x")), A);
        assertEquals(A, HashTablePrims.refDefault(t, list(1L, MString.of("x")), B));
        assertEquals(B, HashTablePrims.refDefault(t, list(1.0, MString.of("x")), B));
        assertEquals(1L, HashTablePrims.count(t));
        assertEquals("#<hash-table 1>", t.toString());
    }

    @Test
    void eqTable_comparesStructuresByIdentity() {
        Object t = HashTablePrims.makeHashTable(proc("eq?"));
        Object key = list(1L);
        HashTablePrims.set(t, key, A);
        HashTablePrims.set(t, 1L << 40, B);
        assertEquals(A, HashTablePrims.refDefault(t, key, Boolean.FALSE));
        assertEquals(Boolean.FALSE, HashTablePrims.refDefault(t, list(1L), Boolean.FALSE));
        assertEquals(B, HashTablePrims.refDefault(t, Long.valueOf(1L << 40), Boolean.FALSE));
    }

    @Test
    void eqvTable_comparesNumbersByValueAndExactness() {
        Object t = HashTablePrims.makeHashTable(proc("eqv?"), proc("equal-hash"));
        HashTablePrims.set(t, 2.5, A);
        assertEquals(A, HashTablePrims.refDefault(t, 2.5, B));
        assertEquals(B, HashTablePrims.refDefault(t, MString.of("2.5"), B));
    }

    @Test
    void stringTable_acceptsOnlyStrings() {
        assumeTrue(proc("string=?") != null, "string=? is not defined yet");
        Object s = HashTablePrims.makeHashTable(proc("string=?"));
        HashTablePrims.set(s, MString.of("k"), A);
        assertTrue(HashTablePrims.exists(s, MString.of("k")));
        error("hash-table-set!: expected a string, got", () -> HashTablePrims.set(s, A, A));
    }

    @Test
    void unsupportedEquivalence_isAnError() {
        error("make-hash-table: unsupported equivalence procedure", () -> HashTablePrims.makeHashTable(proc("car")));
        error("hash-table-set!: expected a hash table, got", () -> HashTablePrims.set(list(), A, A));
    }

    @Test
    void deleteClearCopyAndListings_keepInsertionOrder() {
        Object t = HashTablePrims.makeHashTable();
        HashTablePrims.set(t, A, 1L);
        HashTablePrims.set(t, B, 2L);
        HashTablePrims.set(t, A, 3L);
        assertEquals("(a b)", of(HashTablePrims.keys(t)));
        assertEquals("(3 2)", of(HashTablePrims.values(t)));
        assertEquals("((a . 3) (b . 2))", of(HashTablePrims.toAlist(t)));
        Object c = HashTablePrims.copy(t);
        HashTablePrims.delete(t, A);
        assertFalse(HashTablePrims.contains(t, A));
        assertEquals(2L, HashTablePrims.size(c));
        HashTablePrims.clear(c);
        assertEquals(0L, HashTablePrims.size(c));
        assertEquals("()", of(HashTablePrims.toAlist(c)));
    }

    @Test
    void refOrMarker_returnsTheMarkerWhenAbsent() {
        Object t = HashTablePrims.makeHashTable();
        Object marker = new Object();
        assertSame(marker, HashTablePrims.refOrMarker(t, A, marker));
        HashTablePrims.set(t, A, Boolean.FALSE);
        assertEquals(Boolean.FALSE, HashTablePrims.refOrMarker(t, A, marker));
    }

    @Test
    void alistToHashTable_firstAssociationWins() {
        Object t = HashTablePrims.fromAlist(list(new Pair(A, 1L), new Pair(A, 2L), new Pair(B, 3L)));
        assertEquals("((a . 1) (b . 3))", of(HashTablePrims.toAlist(t)));
        error("alist->hash-table: expected an association list, got", () -> HashTablePrims.fromAlist(list(A)));
    }

    @Test
    void hashes_areConsistentWithEquivalence() {
        assertEquals(HashTablePrims.hash(list(1L, MString.of("s"))), HashTablePrims.hash(list(1L, MString.of("s"))));
        assertNotEquals(HashTablePrims.hash(1L), HashTablePrims.hash(1.0));
        assertEquals(HashTablePrims.stringHash(MString.of("abc")), HashTablePrims.stringHash(MString.of("abc")));
        long h = (Long) HashTablePrims.hash(ListPrims.iota(100_000L), 10L);
        assertTrue(h >= 0 && h < 10);
        assertEquals(HashTablePrims.eqHash(Long.valueOf(1L << 50)), HashTablePrims.eqHash(Long.valueOf(1L << 50)));
        error("hash: expected a positive exact integer, got", () -> HashTablePrims.hash(A, 0L));
        error("string-hash: expected a string, got", () -> HashTablePrims.stringHash(A));
    }

    @Test
    void gambitTables_keywordOptionsAndRemoval() {
        Object t = HashTablePrims.makeTable(Keyword.of("test"), proc("eq?"), Keyword.of("size"), 10L);
        assertTrue(HashTablePrims.isHashTable(t));
        HashTablePrims.tableSet(t, A, 1L);
        assertEquals(1L, HashTablePrims.tableRef(t, A));
        assertEquals(0L, HashTablePrims.tableRef(t, B, 0L));
        assertEquals("(b)", Show.irritants(error("table-ref: key not found", () -> HashTablePrims.tableRef(t, B))));
        HashTablePrims.tableSet(t, A);
        assertEquals(0L, HashTablePrims.tableLength(t));
        Object withInit = HashTablePrims.makeTable(Keyword.of("init"), 0L);
        assertEquals(0L, HashTablePrims.tableRef(withInit, A));
        error("make-table: unknown option", () -> HashTablePrims.makeTable(Keyword.of("colour"), 1L));
        error("make-table: unsupported equivalence procedure",
                () -> HashTablePrims.makeTable(Keyword.of("test"), proc("<")));
    }

    @Test
    void listToTableAndBack() {
        Object t = HashTablePrims.listToTable(list(new Pair(A, 1L), new Pair(B, 2L)));
        assertEquals("((a . 1) (b . 2))", of(HashTablePrims.tableToList(t)));
        Object c = HashTablePrims.tableCopy(t);
        HashTablePrims.tableSet(c, A, 5L);
        assertEquals(1L, HashTablePrims.tableRef(t, A));
    }
}
