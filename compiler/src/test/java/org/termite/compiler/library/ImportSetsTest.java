package org.termite.compiler.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Symbol;

class ImportSetsTest {
    private static ImportSets.Resolved resolve(String set) {
        Object datum = Compiler.read(set, "test.scm", new SourcePositions()).get(0);
        return ImportSets.resolve(datum, name -> {
            Library l = StandardLibraries.find(name);
            if (l == null) {
                throw new CompileError(null, "unknown " + name);
            }
            return l;
        }, null);
    }

    private static Symbol sym(String s) {
        return Symbol.of(s);
    }

    @Test
    void only_keepsTheNamedExports() {
        Map<Symbol, Export> names = resolve("(only (scheme base) car cdr)").names();
        assertEquals(List.of(sym("car"), sym("cdr")), List.copyOf(names.keySet()));
        assertEquals(new Export.Variable(sym("car")), names.get(sym("car")));
    }

    @Test
    void except_dropsTheNamedExports() {
        Map<Symbol, Export> names = resolve("(except (scheme write) write display)").names();
        assertEquals(List.of(sym("write-shared"), sym("write-simple")), List.copyOf(names.keySet()));
    }

    @Test
    void prefix_renamesEveryExportToTheSameGlobal() {
        Map<Symbol, Export> names = resolve("(prefix (scheme time) t-)").names();
        assertEquals(new Export.Variable(sym("current-second")), names.get(sym("t-current-second")));
        assertEquals(3, names.size());
    }

    @Test
    void prefixWrittenAsAKeyword_keepsTheColon() {
        Map<Symbol, Export> names = resolve("(prefix (scheme read) r:)").names();
        assertEquals(new Export.Variable(sym("read")), names.get(sym("r:read")));
    }

    @Test
    void rename_nestsOverOtherSets() {
        Map<Symbol, Export> names = resolve("(rename (prefix (only (scheme base) car if) b-) (b-car first))").names();
        assertEquals(new Export.Variable(sym("car")), names.get(sym("first")));
        assertTrue(names.get(sym("b-if")) instanceof Export.Keyword);
        assertEquals(2, names.size());
    }

    @Test
    void anOpenLibrary_givesAnyNameAsked() {
        ImportSets.Resolved r = resolve("(only (termite) make-table lambda)");
        assertEquals(new Export.Variable(sym("make-table")), r.names().get(sym("make-table")));
        assertTrue(r.names().get(sym("lambda")) instanceof Export.Keyword);
    }

    @Test
    void errors_nameTheLibraryAndTheIdentifier() {
        CompileError e = assertThrows(CompileError.class, () -> resolve("(only (scheme base) frobnicate)"));
        assertTrue(e.getMessage().contains("frobnicate is not exported by (scheme base)"), e.getMessage());
        e = assertThrows(CompileError.class, () -> resolve("(except (scheme char) car)"));
        assertTrue(e.getMessage().contains("car is not exported by (scheme char)"), e.getMessage());
        e = assertThrows(CompileError.class, () -> resolve("(prefix (termite) t:)"));
        assertTrue(e.getMessage().contains("exports everything"), e.getMessage());
        e = assertThrows(CompileError.class, () -> resolve("(only (scheme base) 5)"));
        assertTrue(e.getMessage().contains("expected an identifier"), e.getMessage());
    }
}
