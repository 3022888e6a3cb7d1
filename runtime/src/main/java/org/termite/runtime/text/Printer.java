package org.termite.runtime.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.termite.runtime.num.NumberPrinter;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;

/**
 * The printed forms of values, as {@code write} (readable) and {@code display} (strings and characters raw).
 *
 * <p>The printer runs on an explicit work stack instead of recursion, so neither a long list nor a deeply
 * nested one can overflow the JVM stack. Datum labels ({@code #0=} / {@code #0#}) are chosen beforehand by
 * {@link LabelScan} and numbered from 0 in the order they are first printed.
 */
public final class Printer {
    static {
        org.termite.runtime.value.Written.install(new WriteString());
    }

    /** A class rather than a method reference: start-up loads the printer, and a lambda would cost it a class spun then. */
    private static final class WriteString implements java.util.function.Function<Object, String> {
        @Override
        public String apply(Object value) {
            return toWriteString(value);
        }
    }

    /** Makes values below this package write as {@code write} does (see {@link org.termite.runtime.value.Written}). */
    public static void install() {
        // the static initializer did it
    }

    /** Which pairs, vectors and records get datum labels. */
    public enum Labels {
        /** Only those on a cycle, so that printing terminates: {@code write} and {@code display}. */
        CYCLES,
        /** Every one that occurs more than once: {@code write-shared}. */
        SHARED,
        /** None, looping on cycles: {@code write-simple}. */
        NONE
    }

    /** Work-stack item: text to emit as is. */
    private record Text(String text) {}

    /** Work-stack item: the rest of a list whose earlier elements have been printed. */
    private record Tail(Object rest) {}

    private static final Text CLOSE = new Text(")");
    private static final Text SPACE = new Text(" ");
    private static final Text CLOSE_RECORD = new Text(">");

    private final boolean write;
    private final StringBuilder out;
    private final IdentityHashMap<Object, Boolean> toLabel;
    private IdentityHashMap<Object, Integer> numbers;
    private final ArrayList<Object> stack = new ArrayList<>();

    private Printer(boolean write, StringBuilder out, IdentityHashMap<Object, Boolean> toLabel) {
        this.write = write;
        this.out = out;
        this.toLabel = toLabel;
    }

    public static String toWriteString(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, true, sb);
        return sb.toString();
    }

    public static String toDisplayString(Object x) {
        StringBuilder sb = new StringBuilder();
        print(x, false, sb);
        return sb.toString();
    }

    /** {@code write} ({@code write} true) or {@code display}: labels cycles only. */
    public static void print(Object x, boolean write, StringBuilder out) {
        print(x, write, Labels.CYCLES, out);
    }

    /** {@code write-shared}: labels every shared pair, vector and record. */
    public static void printShared(Object x, boolean write, StringBuilder out) {
        print(x, write, Labels.SHARED, out);
    }

    /** {@code write-simple}: never labels, so it does not terminate on a cycle. */
    public static void printSimple(Object x, boolean write, StringBuilder out) {
        print(x, write, Labels.NONE, out);
    }

    public static void print(Object x, boolean write, Labels labels, StringBuilder out) {
        if (!LabelScan.isNode(x)) {
            printAtom(x, write, out);
            return;
        }
        IdentityHashMap<Object, Boolean> toLabel =
                labels == Labels.NONE ? null : LabelScan.scan(x, labels == Labels.SHARED);
        new Printer(write, out, toLabel).run(x);
    }

    private void run(Object root) {
        stack.add(root);
        while (!stack.isEmpty()) {
            Object item = stack.remove(stack.size() - 1);
            if (item instanceof Text t) {
                out.append(t.text);
            } else if (item instanceof Tail t) {
                tail(t.rest);
            } else {
                value(item);
            }
        }
    }

    private void value(Object x) {
        boolean labelledLeaf = toLabel != null && LabelScan.isSharedLeaf(x) && toLabel.containsKey(x);
        if (!LabelScan.isNode(x) && !labelledLeaf) {
            printAtom(x, write, out);
            return;
        }
        if (toLabel != null && toLabel.containsKey(x)) {
            if (numbers == null) {
                numbers = new IdentityHashMap<>();
            }
            Integer n = numbers.get(x);
            if (n != null) {
                out.append('#').append(n.intValue()).append('#');
                return;
            }
            n = numbers.size();
            numbers.put(x, n);
            out.append('#').append(n.intValue()).append('=');
        }
        if (x instanceof Pair p) {
            pair(p);
        } else if (x instanceof Object[] v) {
            vector(v);
        } else if (x instanceof Record r) {
            record(r);
        } else {
            printAtom(x, write, out);
        }
    }

    private void pair(Pair p) {
        String prefix = abbreviation(p);
        if (prefix != null) {
            out.append(prefix);
            stack.add(((Pair) p.cdr).car);
            return;
        }
        out.append('(');
        stack.add(new Tail(p.cdr));
        stack.add(p.car);
    }

    /** The reader abbreviation for {@code (quote x)} and friends, or null if {@code p} is not such a form. */
    private String abbreviation(Pair p) {
        if (!(p.car instanceof Symbol s) || !(p.cdr instanceof Pair q) || q.cdr != Nil.NIL || isLabelled(q)) {
            return null;
        }
        switch (s.name) {
            case "quote": return s.interned ? "'" : null;
            case "quasiquote": return s.interned ? "`" : null;
            case "unquote": return s.interned ? "," : null;
            case "unquote-splicing": return s.interned ? ",@" : null;
            default: return null;
        }
    }

    private boolean isLabelled(Object x) {
        return toLabel != null && toLabel.containsKey(x);
    }

    private void tail(Object rest) {
        if (rest == Nil.NIL) {
            out.append(')');
        } else if (rest instanceof Pair p && !isLabelled(p)) {
            out.append(' ');
            stack.add(new Tail(p.cdr));
            stack.add(p.car);
        } else {
            out.append(" . ");
            stack.add(CLOSE);
            stack.add(rest);
        }
    }

    private void vector(Object[] v) {
        out.append("#(");
        stack.add(CLOSE);
        for (int i = v.length - 1; i >= 0; i--) {
            stack.add(v[i]);
            if (i > 0) {
                stack.add(SPACE);
            }
        }
    }

    private void record(Record r) {
        out.append("#<").append(recordName(r.type.name.name));
        stack.add(CLOSE_RECORD);
        int n = Math.min(r.fields.length, r.type.fields.length);
        for (int i = n - 1; i >= 0; i--) {
            stack.add(r.fields[i]);
            stack.add(new Text(" " + r.type.fields[i].name + ": "));
        }
    }

    /** A record type named {@code <point>} prints its instances as {@code #<point ...>}. */
    static String recordName(String name) {
        if (name.length() > 2 && name.startsWith("<") && name.endsWith(">")) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** Every value other than a pair, vector or record. */
    static void printAtom(Object x, boolean write, StringBuilder out) {
        if (x instanceof Number) {
            out.append(NumberPrinter.toString(x, 10));
        } else if (x instanceof Boolean b) {
            out.append(b ? "#t" : "#f");
        } else if (x instanceof MString s) {
            if (write) {
                AtomPrinter.writeString(s, out);
            } else {
                s.appendTo(out, 0, s.length());
            }
        } else if (x instanceof Symbol s) {
            if (write) {
                AtomPrinter.writeSymbol(s.name, out);
            } else {
                out.append(s.name);
            }
        } else if (x instanceof SChar c) {
            if (write) {
                AtomPrinter.writeChar(c.codePoint, out);
            } else {
                out.appendCodePoint(c.codePoint);
            }
        } else if (x instanceof Keyword k) {
            out.append(k.name).append(':');
        } else if (x instanceof byte[] bv) {
            out.append("#u8(");
            for (int i = 0; i < bv.length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(bv[i] & 0xff);
            }
            out.append(')');
        } else if (x == null) {
            // Never a Scheme value; shown rather than crashing so a runtime bug stays diagnosable.
            out.append("#<null>");
        } else {
            out.append(x);
        }
    }
}
