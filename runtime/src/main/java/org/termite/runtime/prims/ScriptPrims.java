package org.termite.runtime.prims;

import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;

/** What running a program as a Gambit script needs: the program's main procedure, if it defined one. */
public final class ScriptPrims {
    private static final Global MAIN = Globals.cell("main");

    private ScriptPrims() {}

    /** The value of the global main when it is a procedure (SRFI 22 / gsi scripts call it), else #f. */
    @Primitive("%main-procedure")
    public static Object mainProcedure() {
        return MAIN.value instanceof Procedure p ? p : Boolean.FALSE;
    }
}
