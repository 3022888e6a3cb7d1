package org.termite.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.termite.runtime.text.ReadTesting.read;
import static org.termite.runtime.text.ReadTesting.show;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.LambdaMarker;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

class DatumReaderGambitTest {
    @Test
    void read_keywords() {
        assertSame(Keyword.of("name"), read("name:"));
        assertSame(Keyword.of("a:b"), read("a:b:"));
        assertSame(Symbol.of(":"), read(":"));
        assertSame(Symbol.of(":a"), read(":a"));
        assertSame(Symbol.of(":::"), read(":::"));
        assertSame(Symbol.of("::"), read("::"));
        assertEquals("(f x: 1 y: 2)", show("(f x: 1 y: 2)"));
    }

    @Test
    void read_hashBangObjects() {
        assertSame(LambdaMarker.OPTIONAL, read("#!optional"));
        assertSame(LambdaMarker.REST, read("#!rest"));
        assertSame(LambdaMarker.KEY, read("#!key"));
        assertSame(Unspecified.VALUE, read("#!void"));
        assertSame(DefaultObject.VALUE, read("#!default"));
        DatumReader r = new DatumReader("(#!eof) x", "t.scm", null);
        assertSame(Eof.VALUE, ((Pair) r.read()).car);
        assertSame(Symbol.of("x"), r.read());
        assertEquals("(lambda (a #!optional b #!rest c) a)", show("(lambda (a #!optional b #!rest c) a)"));
    }

    @Test
    void read_scriptLineAtStartIsSkipped() {
        DatumReader r = new DatumReader("#!/usr/bin/env termite\n(main)\n", "t.scm", null);
        assertEquals("(main)", show(r.read()));
        assertSame(Eof.VALUE, r.read());
        assertEquals("(x)", show("#! termite -s\n(x)"));
    }

    @Test
    void read_foldCaseDirectives() {
        DatumReader r = new DatumReader("Abc #!fold-case (Abc |Abc| #\\NewLine) #!no-fold-case Abc", "t.scm", null);
        assertSame(Symbol.of("Abc"), r.read());
        Pair p = (Pair) r.read();
        assertEquals("(abc Abc #\\xa)", show(p));
        assertSame(Symbol.of("Abc"), r.read());
        assertEquals(SChar.of('A'), read("#\\A"));
    }

    @Test
    void read_foldCaseAppliesToKeywords() {
        assertSame(Keyword.of("key"), read("#!fold-case KEY:"));
    }
}
