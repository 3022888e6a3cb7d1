package org.termite.runtime.text;

import org.termite.runtime.exec.SchemeError;

/**
 * The reader's view of its source: one code point of lookahead plus the line and column of the next code
 * point, so that every token and error can name where it starts. A CR LF pair counts as one line break.
 */
final class ReaderInput {
    private final CodePointSource source;
    final String file;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    private boolean consumedAny;

    ReaderInput(CodePointSource source, String file) {
        this.source = source;
        this.file = file == null ? "<input>" : file;
    }

    int peek() {
        return source.peek();
    }

    int read() {
        int c = source.read();
        if (c < 0) {
            return c;
        }
        consumedAny = true;
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 1;
            afterCr = false;
        } else if (c == '\r') {
            line++;
            column = 1;
            afterCr = true;
        } else {
            column++;
            afterCr = false;
        }
        return c;
    }

    /** True until the first code point is consumed: a script line {@code #!/...} is only skipped there. */
    boolean atStart() {
        return !consumedAny;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The position of the next code point. */
    SourcePos pos() {
        return new SourcePos(file, line, column);
    }

    /** The position of the code point just read, which must not have been a line break. */
    SourcePos previousPos() {
        return new SourcePos(file, line, column - 1);
    }

    SchemeError error(SourcePos at, String message) {
        return SchemeError.readError(at + ": " + message);
    }

    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
                || (c > 127 && Character.isWhitespace(c));
    }

    /** R7RS delimiters plus square brackets; the end of input also ends a token. */
    static boolean isDelimiter(int c) {
        return c < 0 || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == ';' || isWhitespace(c);
    }
}
