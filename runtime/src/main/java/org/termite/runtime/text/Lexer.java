package org.termite.runtime.text;

import java.util.Locale;
import org.termite.runtime.exec.LambdaMarker;
import org.termite.runtime.num.NumberParser;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

/**
 * Splits the input into tokens, skipping whitespace, line and block comments and the {@code #!fold-case}
 * directives. Each call to {@link #next()} consumes exactly one token and looks no further than the code
 * point after it, so successive reads from a port lose nothing.
 */
final class Lexer {
    /** Datum labels beyond this are refused rather than overflowing. */
    private static final int MAX_LABEL = 99_999_999;

    private final ReaderInput in;
    private final Literals literals;
    private boolean foldCase;
    private int tokenLine;
    private int tokenColumn;

    Lexer(ReaderInput in) {
        this.in = in;
        this.literals = new Literals(in);
    }

    /** Where the token last returned by {@link #next()} starts. */
    SourcePos tokenPos() {
        return new SourcePos(in.file, tokenLine, tokenColumn);
    }

    /** The next token: a {@link Token}, a {@link Token.Label}, or a complete atom. */
    Object next() {
        while (true) {
            boolean atStart = in.atStart();
            tokenLine = in.line();
            tokenColumn = in.column();
            int c = in.read();
            switch (c) {
                case -1: return Token.END;
                case '(': return Token.OPEN_PAREN;
                case '[': return Token.OPEN_BRACKET;
                case ')': return Token.CLOSE_PAREN;
                case ']': return Token.CLOSE_BRACKET;
                case '\'': return Token.QUOTE;
                case '`': return Token.QUASIQUOTE;
                case ',':
                    if (in.peek() == '@') {
                        in.read();
                        return Token.UNQUOTE_SPLICING;
                    }
                    return Token.UNQUOTE;
                case '"': return literals.readString(tokenPos());
                case ';':
                    skipLine();
                    break;
                case '#': {
                    Object token = afterHash(atStart);
                    if (token != null) {
                        return token;
                    }
                    break;
                }
                default:
                    if (!ReaderInput.isWhitespace(c)) {
                        return atom(c);
                    }
            }
        }
    }

    private void skipLine() {
        int c = in.peek();
        while (c >= 0 && c != '\n' && c != '\r') {
            in.read();
            c = in.peek();
        }
    }

    /** The token after a {@code #}, or null for a comment or directive, which the caller skips. */
    private Object afterHash(boolean atStart) {
        SourcePos start = tokenPos();
        int c = in.peek();
        switch (c) {
            case '|':
                in.read();
                skipBlockComment(start);
                return null;
            case ';':
                in.read();
                return Token.DATUM_COMMENT;
            case '(':
                in.read();
                return Token.OPEN_VECTOR;
            case '\\':
                in.read();
                return literals.readChar(start, foldCase);
            case '!':
                in.read();
                return directive(start, atStart);
            case -1:
                throw in.error(in.pos(), "unexpected end of input after \"#\"");
            default:
                break;
        }
        if (c >= '0' && c <= '9') {
            return label(start);
        }
        String text = readPlainToken();
        if (text.startsWith("#") && text.length() > 1) {
            // Gambit's ##name: a name of its primitive namespace (the expander maps it to our name)
            return Symbol.of("#" + text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "t": case "true": return Boolean.TRUE;
            case "f": case "false": return Boolean.FALSE;
            case "u8":
                if (in.peek() == '(') {
                    in.read();
                    return Token.OPEN_BYTEVECTOR;
                }
                break;
            default:
                if (!lower.isEmpty() && "xeibod".indexOf(lower.charAt(0)) >= 0) {
                    Object n = parseNumber("#" + text);
                    if (n == null) {
                        throw in.error(start, "bad number: #" + text);
                    }
                    return n;
                }
        }
        String shown = text.isEmpty() ? new String(Character.toChars(c)) : text;
        throw in.error(start, "bad \"#\" syntax: #" + shown);
    }

    private void skipBlockComment(SourcePos start) {
        int depth = 1;
        while (depth > 0) {
            int c = in.read();
            if (c < 0) {
                throw in.error(in.pos(), "unexpected end of input: unterminated block comment starting at " + start);
            }
            if (c == '|' && in.peek() == '#') {
                in.read();
                depth--;
            } else if (c == '#' && in.peek() == '|') {
                in.read();
                depth++;
            }
        }
    }

    private Object directive(SourcePos start, boolean atStart) {
        int c = in.peek();
        if (atStart && (c == '/' || c == ' ')) {
            skipLine();
            return null;
        }
        String name = readPlainToken();
        switch (name) {
            case "optional": return LambdaMarker.OPTIONAL;
            case "rest": return LambdaMarker.REST;
            case "key": return LambdaMarker.KEY;
            case "eof": return Eof.VALUE;
            case "void": return Unspecified.VALUE;
            case "default": return DefaultObject.VALUE;
            case "fold-case":
                foldCase = true;
                return null;
            case "no-fold-case":
                foldCase = false;
                return null;
            default:
                throw in.error(start, "bad \"#!\" syntax: #!" + name);
        }
    }

    private Token.Label label(SourcePos start) {
        int n = 0;
        while (in.peek() >= '0' && in.peek() <= '9') {
            n = n * 10 + (in.read() - '0');
            if (n > MAX_LABEL) {
                throw in.error(start, "datum label too large");
            }
        }
        int c = in.read();
        if (c == '=' || c == '#') {
            return new Token.Label(n, c == '=');
        }
        throw in.error(start, "bad datum label syntax: #" + n + " must be followed by \"=\" or \"#\"");
    }

    /** The code points up to the next delimiter, without escapes or folding. */
    private String readPlainToken() {
        StringBuilder sb = new StringBuilder();
        while (!ReaderInput.isDelimiter(in.peek())) {
            sb.appendCodePoint(in.read());
        }
        return sb.toString();
    }

    /** An identifier, keyword, number or {@code .}, whose first code point {@code first} has been read. */
    private Object atom(int first) {
        StringBuilder sb = new StringBuilder();
        boolean barred = false;
        int c = first;
        while (true) {
            if (c == '|') {
                literals.readBarPart(tokenPos(), sb);
                barred = true;
            } else {
                sb.appendCodePoint(foldCase ? Character.toLowerCase(c) : c);
            }
            if (ReaderInput.isDelimiter(in.peek())) {
                break;
            }
            c = in.read();
        }
        String text = sb.toString();
        if (barred) {
            return Symbol.of(text);
        }
        if (text.equals(".")) {
            return Token.DOT;
        }
        if (mayBeNumber(text)) {
            Object n = parseNumber(text);
            if (n != null) {
                return n;
            }
        }
        // Only a name before the colon makes a keyword: ":::" stays a symbol (R7RS code uses it as an ellipsis).
        if (text.length() > 1 && text.endsWith(":") && !text.chars().allMatch(ch -> ch == ':')) {
            return Keyword.of(text.substring(0, text.length() - 1));
        }
        return Symbol.of(text);
    }

    private static boolean mayBeNumber(String text) {
        char c = text.charAt(0);
        return (c >= '0' && c <= '9') || ((c == '+' || c == '-' || c == '.') && text.length() > 1);
    }

    /** A parser failure of any kind means "not a number": the caller decides whether that is an error. */
    private static Object parseNumber(String text) {
        try {
            return NumberParser.parse(text, 10);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
