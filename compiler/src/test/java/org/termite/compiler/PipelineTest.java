package org.termite.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineTest {
    /** Something for every pass to do: a renamed import, a complex literal, an assigned local, a primitive, calls. */
    private static final String PROGRAM = "(import (rename (scheme base) (car first)))\n"
            + "(define z 1+2i)\n"
            + "(define (count-up n) (let ((i 0)) (set! i (+ i n)) (first (list i))))\n"
            + "(define (twice f x) (f (f x)))\n"
            + "(twice count-up 3)\n";

    private static Compiler compiler() {
        return new Session(false).compiler();
    }

    /** The printed output of every pass, by name, in the order the passes ran. */
    private static Map<String, String> outputs(String program) {
        Map<String, String> out = new LinkedHashMap<>();
        Compiler c = compiler().observing(new Compilation.Observer() {
            @Override
            public <O> void after(Pipeline.Pass<?, O> pass, O output) {
                assertFalse(out.containsKey(pass.name()), pass.name() + " ran twice");
                out.put(pass.name(), pass.printer().apply(output));
            }
        });
        c.compile(program, "pipeline.scm", "pipeline");
        return out;
    }

    @Test
    void run_reachesEveryPassInTheListedOrder() {
        assertEquals(Pipeline.NAMES, new ArrayList<>(outputs(PROGRAM).keySet()));
        assertEquals(Pipeline.NAMES, Compiler.PASSES);
    }

    @Test
    void trace_ofEveryPass_printsThatPassOutput() {
        Map<String, String> all = outputs(PROGRAM);
        for (String pass : Pipeline.NAMES) {
            List<String> printed = new ArrayList<>();
            Compiler c = compiler();
            c.trace(pass, printed::add);
            c.compile(PROGRAM, "pipeline.scm", "pipeline");
            assertEquals(List.of(";; " + pass + "\n" + all.get(pass)), printed, pass);
        }
    }

    @Test
    void eachPass_printsWhatItChanged() {
        Map<String, String> out = outputs(PROGRAM);
        assertTrue(out.get("read").contains("1+2i"), out.get("read"));
        assertTrue(out.get("expand").contains("(first "), out.get("expand"));
        assertFalse(out.get("rename-imported-globals").contains("(first "), out.get("rename-imported-globals"));
        assertTrue(out.get("rename-imported-globals").contains("(car "), out.get("rename-imported-globals"));
        assertFalse(out.get("rename-imported-globals").contains("make-rectangular"));
        assertTrue(out.get("build-complex-literals").contains("(%make-rectangular '1 '2)"), out.get("build-complex-literals"));
        assertEquals(out.get("build-complex-literals"), out.get("embed-objects"), "code for a class file embeds nothing");
        assertTrue(out.get("split-toplevel").startsWith("(lambda () "), out.get("split-toplevel"));
        assertFalse(out.get("split-toplevel").contains("make-box"));
        assertTrue(out.get("convert-assignments").contains("(make-box "), out.get("convert-assignments"));
        assertFalse(out.get("convert-assignments").contains("(%car "));
        assertTrue(out.get("inline-primitives").contains("(%car "), out.get("inline-primitives"));
        assertTrue(out.get("cps-convert").contains("let-call #-1"), out.get("cps-convert"));
        assertFalse(out.get("cps-convert").contains("(free "));
        assertTrue(out.get("convert-closures").contains("(free "), out.get("convert-closures"));
        assertTrue(out.get("convert-closures").contains("let-call #0 #:live"), out.get("convert-closures"));
    }

    @Test
    void embedObjects_inMemory_replacesAnObjectWithoutWrittenForm() {
        Session s = new Session(false);
        Map<String, String> out = new LinkedHashMap<>();
        Compiler c = new Compiler(s.globalEnv(), s, n -> false).embeddingObjects().observing(new Compilation.Observer() {
            @Override
            public <O> void after(Pipeline.Pass<?, O> pass, O output) {
                out.put(pass.name(), pass.printer().apply(output));
            }
        });
        Object procedure = org.termite.runtime.exec.Globals.lookup("car");
        c.compileForms(List.of(org.termite.runtime.value.Pair.list(org.termite.runtime.value.Symbol.of("quote"), procedure)), null,
                null, "embedding");
        assertNotEquals(out.get("build-complex-literals"), out.get("embed-objects"));
        assertTrue(out.get("embed-objects").contains("%embedded-object."), out.get("embed-objects"));
    }

    @Test
    void checkingEachPass_acceptsWhatThePassesMake() {
        compiler().checkingEachPass().compile(PROGRAM, "pipeline.scm", "pipeline");
    }
}
