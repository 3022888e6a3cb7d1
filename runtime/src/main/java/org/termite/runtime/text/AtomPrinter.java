package org.termite.runtime.text;

import java.util.regex.Pattern;
import org.termite.runtime.num.NumberParser;
import org.termite.runtime.value.MString;

/** The written forms of characters, strings and symbols: the atoms whose syntax needs escaping. */
final class AtomPrinter {
    private AtomPrinter() {}

    /** Decimal numerals the reader would take for a number even if the number parser is incomplete. */
    private static final Pattern NUMERIC = Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?|[+-]?\\d+/\\d+|[+-](inf\\.0|nan\\.0|i)",
            Pattern.CASE_INSENSITIVE);

    /** Characters that end a symbol in the reader, or change its meaning. */
    private static final String DELIMITERS = "()[]{}\"';`,|\\";

    static void writeChar(int c, StringBuilder out) {
        out.append("#\\");
        String name = charName(c);
        if (name != null) {
            out.append(name);
        } else if (isGraphic(c)) {
            out.appendCodePoint(c);
        } else {
            out.append('x').append(Integer.toHexString(c));
        }
    }

    /** The R7RS name of a character, or null if it has none. */
    static String charName(int c) {
        switch (c) {
            case 0: return "null";
            case 7: return "alarm";
            case 8: return "backspace";
            case 9: return "tab";
            case 10: return "newline";
            case 13: return "return";
            case 27: return "escape";
            case 32: return "space";
            case 127: return "delete";
            default: return null;
        }
    }

    /**
     * True for characters shown as themselves: letters, marks, digits, punctuation and symbols. Controls,
     * format characters, separators (spaces that would be mistaken for a plain space) and unassigned or
     * private code points are escaped so the output is unambiguous.
     */
    static boolean isGraphic(int c) {
        if (c > 32 && c < 127) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static void writeString(MString s, StringBuilder out) {
        out.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else {
                escapeInQuotes(c, out);
            }
        }
        out.append('"');
    }

    /** One character inside a string or a barred symbol, other than the delimiter and backslash. */
    private static void escapeInQuotes(int c, StringBuilder out) {
        switch (c) {
            case '\n': out.append("\\n"); return;
            case '\t': out.append("\\t"); return;
            case '\r': out.append("\\r"); return;
            case 7: out.append("\\a"); return;
            default:
                if (c == ' ' || isGraphic(c)) {
                    out.appendCodePoint(c);
                } else {
                    out.append("\\x").append(Integer.toHexString(c)).append(';');
                }
        }
    }

    static void writeSymbol(String name, StringBuilder out) {
        if (!needsBars(name)) {
            out.append(name);
            return;
        }
        out.append('|');
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c == '|' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else {
                escapeInQuotes(c, out);
            }
        }
        out.append('|');
    }

    /** True when the bare name would not read back as this symbol. */
    static boolean needsBars(String name) {
        if (name.isEmpty() || name.equals(".") || name.charAt(0) == '#') {
            return true;
        }
        // A trailing colon would read as a keyword.
        if (name.length() > 1 && name.charAt(name.length() - 1) == ':') {
            return true;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c <= ' ' || DELIMITERS.indexOf(c) >= 0 || !isGraphic(c)) {
                return true;
            }
        }
        return looksNumeric(name);
    }

    private static boolean looksNumeric(String name) {
        char c = name.charAt(0);
        if (!(Character.isDigit(c) || c == '+' || c == '-' || c == '.')) {
            return false;
        }
        if (NUMERIC.matcher(name).matches()) {
            return true;
        }
        try {
            return NumberParser.parse(name, 10) != null;
        } catch (RuntimeException e) {
            // An incomplete parser may throw on odd input; the name is then not a number it knows.
            return false;
        }
    }
}
