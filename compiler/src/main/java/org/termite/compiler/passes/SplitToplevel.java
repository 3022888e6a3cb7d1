package org.termite.compiler.passes;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.Core;
import org.termite.runtime.text.SourcePos;

/**
 * split-toplevel: a module's top-level forms (Core) -> its top-level procedure (a Core lambda of no arguments).
 *
 * <p>A module's top level is one procedure, and every variable of a procedure gets its own JVM local; a long
 * program (a test suite of a thousand forms) would make one enormous method, past the JVM's 64 KB limit and
 * slow to verify, since computing stack map frames costs about blocks times locals. Top-level forms share no
 * local variables, so consecutive forms are grouped into chunks of bounded size, and each chunk becomes a
 * procedure of no arguments that the top level calls in order. The last chunk is called in tail position, so
 * the module's value is still its last form's value; continuations captured in a chunk include the rest of
 * the top level as usual.
 */
public final class SplitToplevel {
    /** Core nodes per chunk: large enough that small programs stay one method, small enough to verify fast. */
    static final int CHUNK_NODES = 1_500;

    private SplitToplevel() {}

    /** The procedure that runs a module's top-level forms {@code body}, split into chunks when it is long. */
    public static Core.Lambda toplevel(Core body, SourcePos start) {
        return new Core.Lambda(List.of(), List.of(), null, run(body), "top level", start);
    }

    /** The forms of {@code body}, as calls of chunks when they are too many for one method. */
    static Core run(Core body) {
        if (!(body instanceof Core.Seq seq) || CoreSize.of(body) <= CHUNK_NODES) {
            return body;
        }
        List<List<Core>> chunks = new ArrayList<>();
        List<Core> current = new ArrayList<>();
        int size = 0;
        for (Core form : seq.exprs()) {
            int n = CoreSize.of(form);
            if (!current.isEmpty() && size + n > CHUNK_NODES) {
                chunks.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(form);
            size += n;
        }
        chunks.add(current);
        List<Core> calls = new ArrayList<>();
        for (List<Core> chunk : chunks) {
            Core first = chunk.get(0);
            Core.Lambda thunk = new Core.Lambda(List.of(), List.of(), null, new Core.Seq(chunk, first.pos()),
                    "top level", first.pos());
            calls.add(new Core.Call(thunk, List.of(), first.pos()));
        }
        return new Core.Seq(calls, seq.pos());
    }
}
