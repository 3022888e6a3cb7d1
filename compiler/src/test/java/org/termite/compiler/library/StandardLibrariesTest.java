package org.termite.compiler.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.termite.compiler.expand.Binding;
import org.termite.runtime.boot.Primitives;
import org.termite.runtime.value.Symbol;

class StandardLibrariesTest {
    /** The syntax R7RS-small's libraries export (appendix A), which must be keywords, never variables. */
    private static final List<String> SYNTAX = List.of("and", "begin", "case", "case-lambda", "cond", "cond-expand",
            "define", "define-record-type", "define-syntax", "define-values", "delay", "delay-force", "do", "else",
            "guard", "if", "import", "include", "include-ci", "lambda", "let", "let*", "let*-values", "let-syntax",
            "let-values", "letrec", "letrec*", "letrec-syntax", "or", "parameterize", "quasiquote", "quote", "set!",
            "syntax-error", "syntax-rules", "unless", "unquote", "unquote-splicing", "when", "=>", "...", "_");

    /** Names the Scheme library defines at top level: (define (name ...) or (define name ...). */
    private static Set<String> schemeDefinitions() throws IOException {
        Set<String> names = new HashSet<>();
        Pattern define = Pattern.compile("^\\(define \\(?([^\\s()]+)", Pattern.MULTILINE);
        try (Stream<Path> files = Files.list(Path.of("../scheme-lib/src/main/scheme"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".scm"))::iterator) {
                Matcher m = define.matcher(Files.readString(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void everyVariableExport_isAPrimitiveOrDefinedByTheSchemeLibrary() throws IOException {
        Set<String> defined = schemeDefinitions();
        defined.addAll(Primitives.table().keySet());
        defined.add("apply");
        List<String> missing = new ArrayList<>();
        for (String lib : StandardLibraries.names()) {
            Library l = StandardLibraries.find(parse(lib));
            for (Map.Entry<Symbol, Export> e : l.exports().entrySet()) {
                if (e.getValue() instanceof Export.Variable && !defined.contains(e.getKey().name)) {
                    missing.add(lib + " " + e.getKey().name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void syntaxExports_areKeywordsOfTheCoreEnvironment() {
        Library base = StandardLibraries.find(LibraryName.of("scheme", "base"));
        for (String s : SYNTAX) {
            Export e = base.exports().get(Symbol.of(s));
            if (s.equals("case-lambda") || s.startsWith("delay")) {
                continue;
            }
            assertNotNull(e, s);
            assertInstanceOf(Export.Keyword.class, e, s);
        }
        Export lambda = StandardLibraries.find(LibraryName.of("scheme", "case-lambda")).exports().get(Symbol.of("case-lambda"));
        assertInstanceOf(Export.Keyword.class, lambda);
        Export delay = StandardLibraries.find(LibraryName.of("scheme", "lazy")).exports().get(Symbol.of("delay-force"));
        assertInstanceOf(Export.Keyword.class, delay);
    }

    @Test
    void keywordExports_carryTheCoreBinding() {
        Export e = StandardLibraries.find(LibraryName.of("scheme", "base")).exports().get(Symbol.of("if"));
        Binding b = ((Export.Keyword) e).binding();
        assertTrue(b instanceof Binding.Special s && s.name().equals("if"));
    }

    @Test
    void theTermiteLibraries_areOpenAndUnknownNamesAreNotStandard() {
        assertTrue(StandardLibraries.find(LibraryName.of("termite")).open());
        assertTrue(StandardLibraries.find(LibraryName.of("gambit")).open());
        assertNull(StandardLibraries.find(LibraryName.of("scheme", "nonesuch")));
    }

    private static LibraryName parse(String written) {
        return new LibraryName(List.of(written.substring(1, written.length() - 1).split(" ")));
    }
}
