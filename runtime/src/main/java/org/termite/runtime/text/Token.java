package org.termite.runtime.text;

/**
 * The lexer's non-datum tokens. The lexer returns either one of these or a finished atom (number, symbol,
 * string, character...), so no datum can be mistaken for a token.
 */
enum Token {
    OPEN_PAREN, OPEN_BRACKET, CLOSE_PAREN, CLOSE_BRACKET, OPEN_VECTOR, OPEN_BYTEVECTOR, DOT,
    QUOTE, QUASIQUOTE, UNQUOTE, UNQUOTE_SPLICING, DATUM_COMMENT, END;

    /** {@code #n=} (a definition) or {@code #n#} (a reference). */
    record Label(int number, boolean definition) {}
}
