package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntegerSqrtTest {
    private static void check(BigInteger n) {
        BigInteger[] sr = IntegerSqrt.sqrtRem(n);
        assertEquals(n.sqrt(), sr[0], n.toString());
        assertEquals(n.subtract(sr[0].multiply(sr[0])), sr[1], n.toString());
    }

    @Test
    void sqrtRem_agreesWithBigIntegerSqrt() {
        Random random = new Random(42);
        for (int bits = 0; bits < 4000; bits += bits < 130 ? 1 : 37) {
            for (int i = 0; i < 5; i++) {
                check(new BigInteger(bits, random));
            }
        }
    }

    @Test
    void sqrtRem_aroundSquares() {
        Random random = new Random(7);
        for (int bits : new int[] {1, 26, 27, 52, 53, 64, 100, 1000, 3333}) {
            BigInteger s = new BigInteger(bits, random).add(BigInteger.TWO);
            BigInteger square = s.multiply(s);
            check(square);
            check(square.subtract(BigInteger.ONE));
            check(square.add(BigInteger.ONE));
            check(square.add(s.shiftLeft(1)));
        }
        check(BigInteger.ZERO);
        check(BigInteger.ONE.shiftLeft(52).subtract(BigInteger.ONE));
    }
}
