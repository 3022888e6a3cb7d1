package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.termite.runtime.num.Checks.assertNum;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class NumberParserTest {
    private static Object parse(String s) {
        return NumberParser.parse(s, 10);
    }

    @Test
    void parse_integers() {
        assertNum(Long.class, "42", parse("42"));
        assertNum(Long.class, "-42", parse("-42"));
        assertNum(Long.class, "7", parse("+7"));
        assertNum(Long.class, "-9223372036854775808", parse("-9223372036854775808"));
        assertNum(BigInteger.class, "9223372036854775808", parse("9223372036854775808"));
        assertNum(BigInteger.class, "-123456789012345678901234567890", parse("-123456789012345678901234567890"));
    }

    @Test
    void parse_radixPrefixes() {
        assertNum(Long.class, "255", parse("#xff"));
        assertNum(Long.class, "255", parse("#XFF"));
        assertNum(Long.class, "-255", parse("#x-ff"));
        assertNum(Long.class, "8", parse("#o10"));
        assertNum(Long.class, "5", parse("#b101"));
        assertNum(Long.class, "10", parse("#d10"));
        assertNum(Long.class, "483", parse("#x1e3"));
        assertNum(Long.class, "255", NumberParser.parse("ff", 16));
        assertNum(Long.class, "10", NumberParser.parse("#d10", 16));
        assertNum(Long.class, "35", NumberParser.parse("z", 36));
        assertNum(Ratnum.class, "1/2", parse("#x10/20"));
    }

    @Test
    void parse_decimals() {
        assertNum(Double.class, "1000.0", parse("1e3"));
        assertNum(Double.class, "0.5", parse(".5"));
        assertNum(Double.class, "1.0", parse("1."));
        assertNum(Double.class, "-0.5", parse("-.5"));
        assertNum(Double.class, "1.5e-7", parse("1.5e-7"));
        assertNum(Double.class, "1.5e-7", parse("1.5E-7"));
        assertNum(Double.class, "120.0", parse("1.2e+2"));
        assertNum(Double.class, "-0.0", parse("-0.0"));
        assertNum(Double.class, "+inf.0", parse("1e400"));
        assertNum(Double.class, "+inf.0", parse("1e99999999999999999999"));
        assertNum(Double.class, "0.0", parse("1e-99999999999999999999"));
        assertNum(Double.class, "0.1", parse("0.1"));
    }

    @Test
    void parse_rationals() {
        assertNum(Ratnum.class, "1/3", parse("1/3"));
        assertNum(Long.class, "2", parse("6/3"));
        assertNum(Ratnum.class, "-3/2", parse("-6/4"));
        assertNull(parse("1/0"));
    }

    @Test
    void parse_specials() {
        assertNum(Double.class, "+inf.0", parse("+inf.0"));
        assertNum(Double.class, "-inf.0", parse("-inf.0"));
        assertNum(Double.class, "+nan.0", parse("+nan.0"));
        assertNum(Double.class, "+nan.0", parse("-nan.0"));
        assertNum(Double.class, "+inf.0", parse("+INF.0"));
        assertNum(Double.class, "-inf.0", parse("#x-inf.0"));
        assertNull(parse("inf.0"));
        assertNull(parse("#e+inf.0"));
    }

    @Test
    void parse_exactness() {
        assertNum(Ratnum.class, "3/2", parse("#e1.5"));
        assertNum(Ratnum.class, "11/10", parse("#e1.1"));
        assertNum(Long.class, "1000", parse("#e1e3"));
        assertNum(Ratnum.class, "-1/1000", parse("#e-1e-3"));
        assertNum(Double.class, "0.3333333333333333", parse("#i1/3"));
        assertNum(Double.class, "5.0", parse("#i5"));
        assertNum(Long.class, "255", parse("#e#xff"));
        assertNum(Double.class, "255.0", parse("#x#iff"));
        assertNum(Long.class, "0", parse("#e0.0"));
    }

    @Test
    void parse_nonNumbersGiveNull() {
        for (String s : new String[] {"abc", "+", "-", "...", "1+", ".", "1/", "/2", "1e", "e1", "1.2.3", "",
                "#", "#x", "#xx", "#q1", "#x#x1", "#e#i1", "1+2", "i", "1/2/3", "1/2.0", "#xf.5", "- 1", "1+2j",
                "2i", "1+2i+3i", "1@", "@2", "1e-2i",
                "1_000", "１", "1e3.5", "+-1", "--1", "1.5/2", "12a", "#b102"}) {
            assertNull(parse(s), s);
        }
    }

    @Test
    void parse_complexNumbers() {
        assertNum(Complex.class, "1+2i", parse("1+2i"));
        assertNum(Complex.class, "+i", parse("+i"));
        assertNum(Complex.class, "-i", parse("0-1i"));
        assertNum(Long.class, "3", parse("3+0i"));
        assertNum(Complex.class, "-2.5+0.0i", parse("-2.5+0.0i"));
        assertNum(Complex.class, "1/2+3/4i", parse("1/2+3/4i"));
        assertNum(Complex.class, "100.0+1.0i", parse("1e2+1.0i"));
        assertNum(Complex.class, "0.01-0.002i", parse("1e-2-2e-3i"));
        assertNum(Complex.class, "+inf.0-inf.0i", parse("+inf.0-inf.0i"));
        assertNum(Complex.class, "1.0+2.0i", parse("#i1+2i"));
        assertNum(Complex.class, "16+17i", NumberParser.parse("#x10+11i", 10));
        assertNum(Long.class, "2", parse("2@0"));
        assertNum(Complex.class, "-2.0+2.4492935982947064e-16i", parse("2@3.141592653589793"));
    }
}
