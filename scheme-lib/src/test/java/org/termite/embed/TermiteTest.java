package org.termite.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.java.SchemeException;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.value.Symbol;

/** The embedding API, used from plain Java as an application would. */
class TermiteTest {
    private static Termite termite;

    @BeforeAll
    static void start() {
        termite = Termite.start();
    }

    @AfterAll
    static void stop() {
        termite.close();
    }

    @Test
    void eval_returnsTheLastValueConverted() {
        assertEquals(42L, termite.eval("(define (embed-six) 6) (* (embed-six) 7)"));
        assertEquals("ab", termite.eval("(string-append \"a\" \"b\")"));
        assertNull(termite.eval("(if #f #f)"));
    }

    @Test
    void call_runsInAProcess_soReceivesAndSpawnsWork() {
        termite.eval("(define (embed-round-trip x) (let ((me (self))) (spawn (lambda () (! me (* x 2)))) (? 5)))");
        assertEquals(42L, termite.call("embed-round-trip", 21));
        termite.eval("(define (embed-greet name) (string-append \"hello \" name))");
        assertEquals("hello java", termite.call("embed-greet", "java"));
    }

    @Test
    void mailbox_receivesWhatSchemeSends() throws Exception {
        try (JavaMailbox inbox = termite.mailbox()) {
            Pid pid = termite.spawn("(lambda (to n) (! to (list 'count n)) (! to \"done\"))", inbox.pid(), 3);
            assertNotNull(pid);
            assertEquals(List.of(Symbol.of("count"), 3L), toList(inbox.receive(10, TimeUnit.SECONDS)));
            assertEquals("done", inbox.receive(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void send_reachesASchemeProcess() throws Exception {
        try (JavaMailbox inbox = termite.mailbox()) {
            termite.eval("(define (embed-echo) (let ((m (? 10))) (! (car m) (cdr m))))");
            Pid echo = termite.spawn("embed-echo");
            termite.send(echo, org.termite.runtime.value.Pair.list(inbox.pid(), "ping"));
            assertEquals("ping", inbox.receive(10, TimeUnit.SECONDS) instanceof org.termite.runtime.value.Pair p
                    ? Termite.toJava(p.car) : null);
        }
    }

    @Test
    void errors_areSchemeExceptionsWithTheMessage() {
        SchemeException e = assertThrows(SchemeException.class, () -> termite.eval("(car 5)"));
        assertEquals("car: expected a pair, got 5", e.getMessage());
        e = assertThrows(SchemeException.class, () -> termite.eval("(lambda (x x) x)"));
        assertTrue(e.getMessage().contains("duplicate parameter: x"), e.getMessage());
        e = assertThrows(SchemeException.class, () -> termite.call("no-such-procedure"));
        assertEquals("no procedure named no-such-procedure", e.getMessage());
    }

    @Test
    void scriptEngine_foundByName() throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("termite");
        assertNotNull(engine);
        engine.put("embedX", 20);
        assertEquals(22L, engine.eval("(+ embedX 2)"));
        assertEquals("ABC", engine.eval("(.toUpperCase \"abc\")"));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(error \"bad\" 1)"));
        assertTrue(e.getMessage().contains("bad 1"), e.getMessage());
    }

    private static List<Object> toList(Object l) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object x = l; x instanceof org.termite.runtime.value.Pair p; x = p.cdr) {
            out.add(p.car);
        }
        return out;
    }
}
