package org.termite.compiler.expand;

import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.exec.Uncaught;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/**
 * A define-macro macro (Gambit's non-hygienic kind): a procedure run at compile time on the operands of the
 * use, as plain data; its result replaces the use.
 */
final class ProcedureMacro implements Transformer {
    private final Procedure procedure;
    private final String name;
    private final SourcePos defPos;

    ProcedureMacro(Procedure procedure, String name, SourcePos defPos) {
        this.procedure = procedure;
        this.name = name;
        this.defPos = defPos;
    }

    @Override
    public Object transform(Object form, Env useEnv, Expander expander) {
        SourcePos pos = expander.posOf(form, defPos);
        List<Object> args = Syntax.list(Syntax.strip(((Pair) form).cdr), pos, name);
        try {
            return Trampoline.call(procedure, args.toArray());
        } catch (Uncaught | SchemeError e) {
            throw new CompileError(pos, "error in macro " + name + ": " + e.getMessage());
        }
    }
}
