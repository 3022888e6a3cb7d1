package org.termite.runtime.text;

import static org.termite.runtime.text.ReadTesting.assertReadError;

import org.junit.jupiter.api.Test;

class DatumReaderErrorTest {
    @Test
    void read_unclosedList() {
        assertReadError("\n(define (f)\n  1\n", "t.scm:4:1: unexpected end of input: missing close parenthesis"
                + " for the list opened at t.scm:2:1");
        assertReadError("[a", "t.scm:1:3: unexpected end of input: missing close bracket for the list opened at t.scm:1:1");
        assertReadError("#(a", "t.scm:1:4: unexpected end of input: missing close parenthesis for the vector"
                + " opened at t.scm:1:1");
        assertReadError("'", "t.scm:1:2: unexpected end of input: missing datum after the quote abbreviation at t.scm:1:1");
        assertReadError("#;", "t.scm:1:3: unexpected end of input: missing datum after the datum comment #; at t.scm:1:1");
    }

    @Test
    void read_unexpectedClose() {
        assertReadError("a)", "t.scm:1:2: unexpected \")\"");
        assertReadError("(a]", "t.scm:1:3: unexpected \"]\": missing close parenthesis for the list opened at t.scm:1:1");
        assertReadError("#(a]", "t.scm:1:4: unexpected \"]\": missing close parenthesis for the vector opened at t.scm:1:1");
        assertReadError("(a ')", "t.scm:1:5: unexpected \")\": missing datum after the quote abbreviation at t.scm:1:4");
    }

    @Test
    void read_misplacedDot() {
        assertReadError("(. a)", "t.scm:1:2: unexpected \".\": a dot must follow at least one datum inside a list");
        assertReadError(".", "t.scm:1:1: unexpected \".\": a dot must follow at least one datum inside a list");
        assertReadError("#(a . b)", "t.scm:1:5: unexpected \".\": a dot must follow at least one datum inside a list");
        assertReadError("(a . b . c)", "t.scm:1:8: unexpected \".\": a dot must follow at least one datum inside a list");
        assertReadError("(a . b c)", "t.scm:1:8: more than one datum after \".\" in the list opened at t.scm:1:1");
        assertReadError("(a .)", "t.scm:1:5: unexpected \")\": missing datum after \".\"");
    }

    @Test
    void read_badCharacters() {
        assertReadError("#\\foo", "t.scm:1:1: bad character name: #\\foo");
        assertReadError("(a #\\Space)", "t.scm:1:4: bad character name: #\\Space");
        assertReadError("#\\x110000", "t.scm:1:1: bad character name: #\\x110000");
        assertReadError("#\\", "t.scm:1:3: unexpected end of input after #\\");
    }

    @Test
    void read_badStrings() {
        assertReadError("\"ab\\qc\"", "t.scm:1:4: bad escape in string: \\q");
        assertReadError("\"\\x41\"", "t.scm:1:2: bad escape: \\x must be followed by hex digits and \";\"");
        assertReadError("\"\\xD800;\"", "t.scm:1:2: bad escape: \\xd800; is not a Unicode scalar value");
        assertReadError("\"a\\  b\"", "t.scm:1:3: bad escape in string: a backslash followed by spaces must end the line");
        assertReadError("x \"abc\n", "t.scm:2:1: unexpected end of input: unterminated string starting at t.scm:1:3");
        assertReadError("|abc", "t.scm:1:5: unexpected end of input: unterminated |symbol| starting at t.scm:1:1");
        assertReadError("|a\\qb|", "t.scm:1:3: bad escape in |symbol|: \\q");
    }

    @Test
    void read_unterminatedBlockComment() {
        assertReadError("#| a #| b |#\n", "t.scm:2:1: unexpected end of input: unterminated block comment"
                + " starting at t.scm:1:1");
    }

    @Test
    void read_badHashSyntax() {
        assertReadError("#q", "t.scm:1:1: bad \"#\" syntax: #q");
        assertReadError("(#)", "t.scm:1:2: bad \"#\" syntax: #)");
        assertReadError("#u8", "t.scm:1:1: bad \"#\" syntax: #u8");
        assertReadError("#", "t.scm:1:2: unexpected end of input after \"#\"");
        assertReadError("a #!foo", "t.scm:1:3: bad \"#!\" syntax: #!foo");
        assertReadError("#xzz", "t.scm:1:1: bad number: #xzz");
    }

    @Test
    void read_badBytevectorElements() {
        assertReadError("#u8(1 256)", "t.scm:1:7: bad bytevector element: expected an exact integer from 0 to 255");
        assertReadError("#u8(-1)", "t.scm:1:5: bad bytevector element: expected an exact integer from 0 to 255");
        assertReadError("#u8(a)", "t.scm:1:5: bad bytevector element: expected an exact integer from 0 to 255");
        assertReadError("#u8((1))", "t.scm:1:5: bad bytevector element: expected an exact integer from 0 to 255");
    }

    @Test
    void read_badLabels() {
        assertReadError("(#0# #0=a)", "t.scm:1:2: datum label #0# is not defined");
        assertReadError("(#0=a #0=b)", "t.scm:1:7: datum label #0= defined twice");
        assertReadError("#0=#0#", "t.scm:1:1: datum label #0= labels nothing but itself");
        assertReadError("#12x", "t.scm:1:1: bad datum label syntax: #12 must be followed by \"=\" or \"#\"");
        assertReadError("#0=", "t.scm:1:4: unexpected end of input: missing datum after the label #0= at t.scm:1:1");
        assertReadError("#0=(a) #0#", "t.scm:1:8: datum label #0# is not defined");
    }
}
