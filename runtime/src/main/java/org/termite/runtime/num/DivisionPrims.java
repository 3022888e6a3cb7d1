package org.termite.runtime.num;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.value.Values;

/** Integer division in its truncating and flooring forms, gcd and lcm. */
public final class DivisionPrims {
    private DivisionPrims() {}

    @Primitive({"quotient", "truncate-quotient"})
    public static Object quotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) {
            return x / y;
        }
        return Division.quotient(a, b, "quotient", false);
    }

    @Primitive({"remainder", "truncate-remainder"})
    public static Object remainder(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return x % y;
        }
        return Division.remainder(a, b, "remainder", false);
    }

    @Primitive({"modulo", "floor-remainder"})
    public static Object modulo(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0) {
            return Math.floorMod((long) x, (long) y);
        }
        return Division.remainder(a, b, "modulo", true);
    }

    @Primitive("floor-quotient")
    public static Object floorQuotient(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) {
            return Math.floorDiv((long) x, (long) y);
        }
        return Division.quotient(a, b, "floor-quotient", true);
    }

    @Primitive("floor/")
    public static Object floorDivide(Object a, Object b) {
        return Values.of(Division.divide(a, b, "floor/", true));
    }

    @Primitive("truncate/")
    public static Object truncateDivide(Object a, Object b) {
        return Values.of(Division.divide(a, b, "truncate/", false));
    }

    @Primitive("fxquotient")
    public static Object fxquotient(Object a, Object b) {
        Num.checkExactInteger(a, "fxquotient");
        Num.checkExactInteger(b, "fxquotient");
        return Division.quotient(a, b, "fxquotient", false);
    }

    @Primitive("fxremainder")
    public static Object fxremainder(Object a, Object b) {
        Num.checkExactInteger(a, "fxremainder");
        Num.checkExactInteger(b, "fxremainder");
        return Division.remainder(a, b, "fxremainder", false);
    }

    @Primitive("gcd")
    public static Object gcd(Object... args) {
        Object acc = 0L;
        for (Object x : args) {
            acc = Division.gcd(acc, x, "gcd");
        }
        return acc;
    }

    @Primitive("lcm")
    public static Object lcm(Object... args) {
        Object acc = 1L;
        for (Object x : args) {
            acc = Division.lcm(acc, x, "lcm");
        }
        return acc;
    }
}
