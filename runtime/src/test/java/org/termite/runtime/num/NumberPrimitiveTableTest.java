package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.Primitive;

class NumberPrimitiveTableTest {
    static final List<Class<?>> CLASSES = List.of(NumberPrims.class, NumberTypePrims.class, DivisionPrims.class,
            RealPrims.class, TranscendentalPrims.class, IntegerPrims.class);

    private static final String REQUIRED = "number? complex? real? rational? integer? exact? inexact? exact-integer? "
            + "exact-rational? nan? infinite? finite? = < > <= >= zero? positive? negative? odd? even? max min + * - / "
            + "abs quotient remainder modulo floor/ floor-quotient floor-remainder truncate/ truncate-quotient "
            + "truncate-remainder gcd lcm numerator denominator floor ceiling truncate round rationalize exp log sin "
            + "cos tan asin acos atan square sqrt exact-integer-sqrt expt exact inexact exact->inexact inexact->exact "
            + "number->string string->number 1+ 1- exact-nonnegative-integer? bitwise-and bitwise-ior bitwise-xor "
            + "bitwise-not arithmetic-shift bit-count random-integer random-real fx+ fx- fx* fx< fx= fx> fx<= fx>= "
            + "fxquotient fxremainder";

    private static Set<String> defined() {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                Primitive p = m.getAnnotation(Primitive.class);
                if (p != null) {
                    assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()), m.toString());
                    for (Class<?> t : m.getParameterTypes()) {
                        assertTrue(t == Object.class || t == Object[].class, m.toString());
                    }
                    names.addAll(List.of(p.value()));
                }
            }
        }
        return names;
    }

    @Test
    void table_definesEveryRequiredName() {
        Set<String> missing = new TreeSet<>(List.of(REQUIRED.split(" ")));
        missing.removeAll(defined());
        assertEquals(Set.of(), missing);
    }

    @Test
    void table_comparisonsHaveTwoArgumentBooleanMethods() throws NoSuchMethodException {
        for (String name : new String[] {"numEq", "lt", "gt", "le", "ge"}) {
            assertEquals(boolean.class, NumberPrims.class.getMethod(name, Object.class, Object.class).getReturnType());
        }
    }
}
