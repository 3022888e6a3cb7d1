package org.termite.runtime.prims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.SchemeError;

/** The runtime alone has no compiler (it must not depend on one): eval and its kin say so clearly. */
class EvalPrimsTest {
    @Test
    void withoutTheCompiler_evalIsASchemeErrorSayingSo() {
        SchemeError e = assertThrows(SchemeError.class, EvalPrims::interaction);
        String message = ((ErrorObject) e.payload).message;
        assertEquals("interaction-environment: this program was built without the compiler, so it cannot compile code",
                message);
    }

    @Test
    void environmentPredicate() {
        assertTrue(EvalPrims.isEnvironment(new org.termite.runtime.exec.Eval.Environment(new Object(), "test")));
        assertEquals(false, EvalPrims.isEnvironment(5L));
    }
}
