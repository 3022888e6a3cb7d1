package org.termite.runtime.num;

import java.math.BigInteger;
import java.util.concurrent.ThreadLocalRandom;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;

/**
 * Operations defined only on exact integers: two's-complement bitwise operations (on unbounded integers, as
 * SRFI 151 specifies), random numbers, and the fixnum-named arithmetic, which here is exact-integer arithmetic
 * that rejects other numbers.
 */
public final class IntegerPrims {
    /** Shifts that would build an integer larger than this many bits are refused. */
    private static final long MAX_SHIFT = 1L << 28;

    private IntegerPrims() {}

    @Primitive("bitwise-and")
    public static Object bitwiseAnd(Object... args) {
        Object acc = -1L;
        for (Object x : args) {
            acc = x instanceof Long b && acc instanceof Long a ? (Object) (a & b)
                    : Num.norm(Num.big(acc).and(big(x, "bitwise-and")));
        }
        return acc;
    }

    @Primitive("bitwise-ior")
    public static Object bitwiseIor(Object... args) {
        Object acc = 0L;
        for (Object x : args) {
            acc = x instanceof Long b && acc instanceof Long a ? (Object) (a | b)
                    : Num.norm(Num.big(acc).or(big(x, "bitwise-ior")));
        }
        return acc;
    }

    @Primitive("bitwise-xor")
    public static Object bitwiseXor(Object... args) {
        Object acc = 0L;
        for (Object x : args) {
            acc = x instanceof Long b && acc instanceof Long a ? (Object) (a ^ b)
                    : Num.norm(Num.big(acc).xor(big(x, "bitwise-xor")));
        }
        return acc;
    }

    @Primitive("bitwise-not")
    public static Object bitwiseNot(Object x) {
        if (x instanceof Long l) {
            return ~l;
        }
        return Num.norm(big(x, "bitwise-not").not());
    }

    /** Shifts left for a positive count and right (flooring) for a negative one. */
    @Primitive("arithmetic-shift")
    public static Object arithmeticShift(Object x, Object count) {
        if (x instanceof Long n && count instanceof Long c) {
            long k = c;
            if (k <= 0) {
                return k <= -64 ? (n < 0 ? -1L : 0L) : (Object) (n >> -k);
            }
            if (k < 63 && (n << k) >> k == n) {
                return n << k;
            }
        }
        BigInteger n = big(x, "arithmetic-shift");
        Num.checkExactInteger(count, "arithmetic-shift");
        if (!(count instanceof Long c) || Math.abs(c) > MAX_SHIFT) {
            if (Num.sign(count) < 0 || n.signum() == 0) {
                return n.signum() < 0 ? -1L : 0L;
            }
            throw SchemeError.error("arithmetic-shift: result too large", x, count);
        }
        return Num.norm(n.shiftLeft((int) (long) c));
    }

    /** The number of 1 bits of a nonnegative integer, or of 0 bits of a negative one (SRFI 60). */
    @Primitive("bit-count")
    public static Object bitCount(Object x) {
        if (x instanceof Long l) {
            return (long) Long.bitCount(l < 0 ? ~l : l);
        }
        return (long) big(x, "bit-count").bitCount();
    }

    /** A uniformly distributed exact integer in [0, n). */
    @Primitive("random-integer")
    public static Object randomInteger(Object n) {
        if (n instanceof Long l && l > 0) {
            return ThreadLocalRandom.current().nextLong(l);
        }
        if (!(n instanceof BigInteger b && b.signum() > 0)) {
            throw SchemeError.wrongType("random-integer", "positive exact integer", n);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BigInteger r;
        do {
            r = new BigInteger(b.bitLength(), random);
        } while (r.compareTo(b) >= 0);
        return Num.norm(r);
    }

    /** A flonum uniformly distributed in the open interval (0, 1). */
    @Primitive("random-real")
    public static Object randomReal() {
        double d;
        do {
            d = ThreadLocalRandom.current().nextDouble();
        } while (d == 0.0);
        return d;
    }

    @Primitive("fx+")
    public static Object fxAdd(Object a, Object b) {
        return NumberPrims.add(exactInt(a, "fx+"), exactInt(b, "fx+"));
    }

    @Primitive("fx-")
    public static Object fxSub(Object a, Object b) {
        return NumberPrims.sub(exactInt(a, "fx-"), exactInt(b, "fx-"));
    }

    @Primitive("fx-")
    public static Object fxNegate(Object a) {
        return NumberPrims.sub(exactInt(a, "fx-"));
    }

    @Primitive("fx*")
    public static Object fxMul(Object a, Object b) {
        return NumberPrims.mul(exactInt(a, "fx*"), exactInt(b, "fx*"));
    }

    @Primitive("fx=")
    public static boolean fxEq(Object a, Object b) {
        return Arith.compareExact(exactInt(a, "fx="), exactInt(b, "fx=")) == 0;
    }

    @Primitive("fx<")
    public static boolean fxLt(Object a, Object b) {
        return Arith.compareExact(exactInt(a, "fx<"), exactInt(b, "fx<")) < 0;
    }

    @Primitive("fx>")
    public static boolean fxGt(Object a, Object b) {
        return Arith.compareExact(exactInt(a, "fx>"), exactInt(b, "fx>")) > 0;
    }

    @Primitive("fx<=")
    public static boolean fxLe(Object a, Object b) {
        return Arith.compareExact(exactInt(a, "fx<="), exactInt(b, "fx<=")) <= 0;
    }

    @Primitive("fx>=")
    public static boolean fxGe(Object a, Object b) {
        return Arith.compareExact(exactInt(a, "fx>="), exactInt(b, "fx>=")) >= 0;
    }

    private static Object exactInt(Object x, String who) {
        if (x instanceof Long) {
            return x;
        }
        return Num.checkExactInteger(x, who);
    }

    private static BigInteger big(Object x, String who) {
        return Num.big(Num.checkExactInteger(x, who));
    }
}
