package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.termite.runtime.num.Checks.assertNum;
import static org.termite.runtime.num.Checks.big;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RatnumTest {
    @Test
    void make_normalizes() {
        assertNum(Ratnum.class, "1/2", Ratnum.make(big("3"), big("6")));
        assertNum(Ratnum.class, "-1/2", Ratnum.make(big("3"), big("-6")));
        assertNum(Ratnum.class, "1/2", Ratnum.make(big("-3"), big("-6")));
        assertNum(Long.class, "2", Ratnum.make(big("6"), big("3")));
        assertNum(Long.class, "0", Ratnum.make(big("0"), big("5")));
        assertNum(BigInteger.class, "100000000000000000000",
                Ratnum.make(big("200000000000000000000"), big("2")));
    }

    @Test
    void equals_byValue() {
        assertEquals(Ratnum.make(big("1"), big("3")), Ratnum.make(big("2"), big("6")));
        assertEquals(Ratnum.make(big("1"), big("3")).hashCode(), Ratnum.make(big("2"), big("6")).hashCode());
        assertNotEquals(Ratnum.make(big("1"), big("3")), Ratnum.make(big("-1"), big("3")));
    }

    @Test
    void toDouble_roundsOnce() {
        assertEquals(1.0 / 3, ((Ratnum) Ratnum.make(big("1"), big("3"))).toDouble());
        assertEquals(-0.1, ((Ratnum) Ratnum.make(big("-1"), big("10"))).toDouble());
        assertEquals(Double.MIN_VALUE, ((Ratnum) Ratnum.make(BigInteger.ONE, BigInteger.TWO.pow(1074))).toDouble());
        // Half of the smallest subnormal rounds to even (zero); a hair more rounds up.
        assertEquals(0.0, ((Ratnum) Ratnum.make(BigInteger.ONE, BigInteger.TWO.pow(1075))).toDouble());
        assertEquals(Double.MIN_VALUE, Ratnum.toDouble(BigInteger.TWO.pow(100).add(BigInteger.ONE),
                BigInteger.TWO.pow(1175)));
        assertEquals(Double.POSITIVE_INFINITY, Ratnum.toDouble(BigInteger.TWO.pow(1100), big("3")));
    }

    @Test
    void toDouble_matchesCorrectlyRoundedDecimal() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5000; i++) {
            BigInteger n = new BigInteger(1 + random.nextInt(1200), new java.util.Random(random.nextLong()));
            BigInteger d = new BigInteger(1 + random.nextInt(1200), new java.util.Random(random.nextLong()))
                    .add(BigInteger.ONE);
            double expected = new BigDecimal(n).divide(new BigDecimal(d), new MathContext(1200)).doubleValue();
            assertEquals(expected, Ratnum.toDouble(n, d), n + "/" + d);
        }
    }
}
