package org.termite.runtime.prims;

import java.util.concurrent.atomic.AtomicLong;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

/** Symbols (interned and uninterned) and Gambit keywords, and their conversions to and from strings. */
public final class SymbolPrims {
    private SymbolPrims() {}

    /** Shared by every thread, so gensym never hands out the same name twice in one node. */
    private static final AtomicLong COUNTER = new AtomicLong();

    private static Symbol sym(String who, Object x) {
        if (x instanceof Symbol s) {
            return s;
        }
        throw SchemeError.wrongType(who, "symbol", x);
    }

    private static String text(String who, Object x) {
        if (x instanceof MString s) {
            return s.toString();
        }
        throw SchemeError.wrongType(who, "string", x);
    }

    @Primitive("symbol?")
    public static boolean isSymbol(Object x) {
        return x instanceof Symbol;
    }

    @Primitive("symbol->string")
    public static Object symbolToString(Object s) {
        return MString.of(sym("symbol->string", s).name);
    }

    @Primitive("string->symbol")
    public static Object stringToSymbol(Object s) {
        return Symbol.of(text("string->symbol", s));
    }

    @Primitive("string->uninterned-symbol")
    public static Object stringToUninternedSymbol(Object s) {
        return Symbol.uninterned(text("string->uninterned-symbol", s));
    }

    @Primitive("symbol=?")
    public static boolean symbolEq(Object a, Object b) {
        return sym("symbol=?", a) == sym("symbol=?", b);
    }

    @Primitive("symbol=?")
    public static boolean symbolEq(Object a, Object... rest) {
        Symbol first = sym("symbol=?", a);
        boolean result = true;
        for (Object x : rest) {
            result &= sym("symbol=?", x) == first;
        }
        return result;
    }

    @Primitive({"gensym", "generate-symbol"})
    public static Object gensym() {
        return Symbol.uninterned("g" + COUNTER.incrementAndGet());
    }

    /** The prefix may be a symbol or a string: {@code (gensym 'loop)} gives {@code loop1}, {@code loop2}... */
    @Primitive({"gensym", "generate-symbol"})
    public static Object gensym(Object prefix) {
        String p;
        if (prefix instanceof Symbol s) {
            p = s.name;
        } else if (prefix instanceof MString m) {
            p = m.toString();
        } else {
            throw SchemeError.wrongType("gensym", "symbol or string", prefix);
        }
        return Symbol.uninterned(p + COUNTER.incrementAndGet());
    }

    @Primitive("symbol-append")
    public static Object symbolAppend(Object... symbols) {
        StringBuilder sb = new StringBuilder();
        for (Object s : symbols) {
            sb.append(sym("symbol-append", s).name);
        }
        return Symbol.of(sb.toString());
    }

    @Primitive("keyword?")
    public static boolean isKeyword(Object x) {
        return x instanceof Keyword;
    }

    @Primitive("keyword->string")
    public static Object keywordToString(Object k) {
        if (k instanceof Keyword kw) {
            return MString.of(kw.name);
        }
        throw SchemeError.wrongType("keyword->string", "keyword", k);
    }

    @Primitive("string->keyword")
    public static Object stringToKeyword(Object s) {
        return Keyword.of(text("string->keyword", s));
    }
}
