package org.termite.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.function.Executable;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.SchemeError;

/** Assertions shared by the number tests: values are compared by type and written form. */
final class Checks {
    private Checks() {}

    /** Asserts the value's Java class and its written form, e.g. Long "3", Ratnum "3/2", Double "2.0". */
    static void assertNum(Class<?> type, String written, Object actual) {
        assertEquals(type, actual == null ? null : actual.getClass(), "type of " + actual);
        assertEquals(written, NumberPrinter.toString(actual, 10));
    }

    /** Asserts that the code raises a Scheme error and returns its message (without irritants). */
    static String errorMessage(Executable code) {
        SchemeError e = assertThrows(SchemeError.class, code);
        return ((ErrorObject) e.payload).message;
    }

    static Object num(String text) {
        Object n = NumberParser.parse(text, 10);
        if (n == null) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        return n;
    }

    static BigInteger big(String text) {
        return new BigInteger(text);
    }
}
