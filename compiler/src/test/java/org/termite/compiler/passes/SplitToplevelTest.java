package org.termite.compiler.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.termite.compiler.Session;
import org.termite.compiler.TestPipeline;
import org.termite.compiler.ir.Core;
import org.termite.runtime.text.Printer;

class SplitToplevelTest {
    private static String manyForms(int n) {
        StringBuilder sb = new StringBuilder("(define total 0)\n");
        for (int i = 0; i < n; i++) {
            sb.append("(let ((x ").append(i).append(")) (set! total (+ total (* x 2) (- x) (if (odd? x) 1 0))))\n");
        }
        return sb.append("total\n").toString();
    }

    @Test
    void aSmallProgram_staysOneProcedure() {
        Core body = TestPipeline.expand("(define a 1) (+ a 2)").body();
        assertSame(body, SplitToplevel.run(body));
    }

    @Test
    void aLongProgram_becomesCallsOfChunks() {
        Core body = TestPipeline.expand(manyForms(2000)).body();
        Core split = SplitToplevel.run(body);
        Core.Seq seq = (Core.Seq) split;
        assertTrue(seq.exprs().size() > 1);
        for (Core c : seq.exprs()) {
            Core.Call call = (Core.Call) c;
            assertTrue(call.args().isEmpty());
            assertTrue(CoreSize.of(((Core.Lambda) call.fn()).body()) <= SplitToplevel.CHUNK_NODES + 100);
        }
    }

    @Test
    void aLongProgram_compilesQuicklyAndKeepsItsLastValue() {
        long start = System.nanoTime();
        Object v = new Session(false).run(manyForms(5000), "long.scm", "longprogram");
        assertEquals(Long.toString(12497500L + 2500L), Printer.toWriteString(v));
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }
}
