package org.termite.runtime.text;

import java.util.Locale;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.MStringBuilder;
import org.termite.runtime.value.SChar;

/** Reads the literals whose text needs escapes or names: strings, {@code |...|} symbol parts and characters. */
final class Literals {
    /** Returned by the escape reader for a line continuation, which stands for no character. */
    private static final int NOTHING = -1;
    /** Enough hex digits for any scalar value, with room for leading zeros, without overflowing an int. */
    private static final int MAX_HEX_DIGITS = 7;

    private final ReaderInput in;

    Literals(ReaderInput in) {
        this.in = in;
    }

    /** The string whose opening quote, at {@code start}, has just been read. */
    MString readString(SourcePos start) {
        MStringBuilder buf = new MStringBuilder(16);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw in.error(in.pos(), "unexpected end of input: unterminated string starting at " + start);
            }
            if (c == '"') {
                return buf.build();
            }
            if (c == '\\') {
                c = readEscape(start, true);
                if (c == NOTHING) {
                    continue;
                }
            }
            buf.add(c);
        }
    }

    /** Appends the characters of a {@code |...|} part of a symbol whose opening bar has just been read. */
    void readBarPart(SourcePos start, StringBuilder out) {
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw in.error(in.pos(), "unexpected end of input: unterminated |symbol| starting at " + start);
            }
            if (c == '|') {
                return;
            }
            out.appendCodePoint(c == '\\' ? readEscape(start, false) : c);
        }
    }

    private int readEscape(SourcePos start, boolean inString) {
        SourcePos at = in.previousPos();
        int c = in.read();
        switch (c) {
            case -1:
                throw in.error(in.pos(), "unexpected end of input: unterminated "
                        + (inString ? "string" : "|symbol|") + " starting at " + start);
            case 'a': return 7;
            case 'b': return 8;
            case 't': return 9;
            case 'n': return 10;
            case 'r': return 13;
            case '"': case '\\': case '|': return c;
            case 'x': case 'X': return readHexEscape(at);
            default:
                if (inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                    skipLineContinuation(c, at);
                    return NOTHING;
                }
                throw in.error(at, "bad escape in " + (inString ? "string" : "|symbol|") + ": \\"
                        + new String(Character.toChars(c)));
        }
    }

    private int readHexEscape(SourcePos at) {
        int value = 0;
        int digits = 0;
        while (true) {
            int c = in.read();
            if (c == ';' && digits > 0) {
                if (!isScalarValue(value)) {
                    throw in.error(at, "bad escape: \\x" + Integer.toHexString(value) + "; is not a Unicode scalar value");
                }
                return value;
            }
            int d = hexDigit(c);
            if (d < 0 || digits == MAX_HEX_DIGITS) {
                throw in.error(at, "bad escape: \\x must be followed by hex digits and \";\"");
            }
            value = value * 16 + d;
            digits++;
        }
    }

    /** A backslash, spaces or tabs, a line break, then spaces or tabs: all of it stands for nothing. */
    private void skipLineContinuation(int first, SourcePos at) {
        int c = first;
        while (c == ' ' || c == '\t') {
            c = in.read();
        }
        if (c == '\r' && in.peek() == '\n') {
            in.read();
        } else if (c != '\n' && c != '\r') {
            throw in.error(at, "bad escape in string: a backslash followed by spaces must end the line");
        }
        while (in.peek() == ' ' || in.peek() == '\t') {
            in.read();
        }
    }

    /** The character after {@code #\}, which started at {@code start}. */
    SChar readChar(SourcePos start, boolean foldCase) {
        int first = in.read();
        if (first < 0) {
            throw in.error(in.pos(), "unexpected end of input after #\\");
        }
        // #\( and #\; name the delimiter itself, whatever follows it.
        if (ReaderInput.isDelimiter(first) || ReaderInput.isDelimiter(in.peek())) {
            return SChar.of(first);
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(first);
        while (!ReaderInput.isDelimiter(in.peek())) {
            sb.appendCodePoint(in.read());
        }
        String name = sb.toString();
        if (first == 'x' || first == 'X') {
            int cp = parseHex(name.substring(1));
            if (cp >= 0) {
                return SChar.of(cp);
            }
        }
        int cp = CharNames.lookup(foldCase ? name.toLowerCase(Locale.ROOT) : name);
        if (cp < 0) {
            throw in.error(start, "bad character name: #\\" + name);
        }
        return SChar.of(cp);
    }

    /** The scalar value written in hex, or -1 if the text is not one. */
    private static int parseHex(String hex) {
        if (hex.isEmpty() || hex.length() > MAX_HEX_DIGITS) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < hex.length(); i++) {
            int d = hexDigit(hex.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 16 + d;
        }
        return isScalarValue(value) ? value : -1;
    }

    /** ASCII hex digits only: Character.digit would also take other scripts' digits. */
    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static boolean isScalarValue(int cp) {
        return cp >= 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    }
}
