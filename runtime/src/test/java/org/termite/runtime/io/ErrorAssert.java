package org.termite.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.SchemeError;

/** Asserts the message of the error a primitive raises. */
final class ErrorAssert {
    private ErrorAssert() {}

    static ErrorObject error(String message, Executable body) {
        SchemeError e = assertThrows(SchemeError.class, body);
        ErrorObject err = (ErrorObject) e.payload;
        assertEquals(message, err.message);
        return err;
    }
}
