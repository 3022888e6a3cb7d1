package org.termite.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Session;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.java.Callbacks;
import org.termite.runtime.java.Convert;
import org.termite.runtime.java.SchemeException;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Unspecified;

/**
 * Termite embedded in a Java application.
 *
 * <pre>{@code
 * try (Termite t = Termite.start()) {
 *     t.eval("(define (square x) (* x x))");
 *     long nine = (Long) t.call("square", 3);
 *     JavaMailbox inbox = t.mailbox();
 *     t.spawn("(lambda (to) (! to 'hello))", inbox.pid());
 *     Object hello = inbox.receive(5, TimeUnit.SECONDS);   // the symbol hello
 * }
 * }</pre>
 *
 * <p>There is one Scheme runtime per JVM (one global environment, one scheduler); {@code start} brings it up the
 * first time and every {@code Termite} is a handle on it with a compiler session of its own. Scheme code runs
 * only in processes on the scheduler: {@link #eval}, {@link #load} and {@link #call} run it in a new process and
 * wait for its value, so it can receive, spawn and send. Values cross as in Java interop: Java strings,
 * {@code Integer}s and the like become Scheme values on the way in ({@code Convert.toScheme}); on the way out
 * Scheme strings become {@code String}, characters {@code Character}, {@code #!void} null, and other values
 * (exact integers as {@code Long} or {@code BigInteger}, flonums as {@code Double}, symbols, pairs, pids) stay
 * what they are. A Scheme error is thrown as a {@link SchemeException} whose message is the error's; a compile
 * error too, with its {@code file:line:column}.
 */
public final class Termite implements AutoCloseable {
    private static final AtomicInteger MODULES = new AtomicInteger();

    private final Session session;
    private final List<JavaMailbox> mailboxes = new ArrayList<>();
    private volatile boolean closed;

    private Termite(Session session) {
        this.session = session;
    }

    /** Brings up the runtime (primitives, the Scheme library, the scheduler) if needed. */
    public static Termite start() {
        Boot.init();
        Scheduler.get();
        return new Termite(new Session());
    }

    /**
     * Brings up the runtime as a node listening at {@code host}:{@code port} (port 0: a free one), so that other
     * nodes reach the processes this application spawns and send it work; returns the node as others reach it.
     */
    public static Termite startNode(String host, int port) {
        Termite t = start();
        t.eval("(node-init (make-node " + org.termite.runtime.text.Printer.toWriteString(
                org.termite.runtime.value.MString.of(host)) + " " + port + "))");
        return t;
    }

    /** Where this node listens ("host:port"), or null when it is not a node. */
    public String nodeAddress() {
        Object n = eval("(let ((n (current-node))) (and n (string-append (node-host n) \":\" "
                + "(number->string (node-port n)))))");
        return n instanceof org.termite.runtime.value.MString m ? m.toString() : n instanceof String s ? s : null;
    }

    /** Compiles {@code code} as a program of its own and runs it in a new process; returns its last value. */
    public Object eval(String code) {
        return run(code, "eval-" + MODULES.incrementAndGet() + ".scm");
    }

    /** Compiles and runs a file in a new process (its imports are found next to it); returns its last value. */
    public Object load(Path file) throws IOException {
        return run(Files.readString(file), file.toString());
    }

    private Object run(String code, String file) {
        check();
        Procedure top;
        try {
            String module = "embedded" + MODULES.incrementAndGet();
            top = Boot.instantiate(session.load(code, file, module));
        } catch (CompileError e) {
            throw new SchemeException(e.getMessage(), null, null);
        }
        return toJava(callInProcess(top));
    }

    /** The procedure named {@code name} in the global environment; a SchemeException if there is none. */
    public Procedure procedure(String name) {
        Object v = Globals.lookup(name);
        if (v == Global.UNBOUND || !(v instanceof Procedure p)) {
            throw new SchemeException("no procedure named " + name, null, null);
        }
        return p;
    }

    /** Calls a global procedure with Java arguments, in a new process, and returns its value. */
    public Object call(String name, Object... args) {
        return call(procedure(name), args);
    }

    /** Calls a procedure with Java arguments, in a new process, and returns its value. */
    public Object call(Procedure p, Object... args) {
        check();
        return toJava(callInProcess(p, toScheme(args)));
    }

    private Object callInProcess(Procedure p, Object... args) {
        try {
            return Callbacks.call(p, args);
        } finally {
            org.termite.runtime.io.Ports.flushAll();
        }
    }

    /**
     * Starts a process that calls {@code procedure} (a global's name, or an expression whose value is a
     * procedure, such as {@code "(lambda (x) ...)"}) with the arguments; returns its pid at once.
     */
    public Pid spawn(String procedure, Object... args) {
        check();
        Procedure p = procedure.trim().startsWith("(") ? (Procedure) Convert.toScheme(evalProcedure(procedure))
                : procedure(procedure);
        Object[] a = toScheme(args);
        Scheduler s = Scheduler.get();
        Process proc = s.create(k -> p.call(0, a), DynamicState.EMPTY, (pr, reason, value) -> {
            if (reason != Processes.NORMAL) {
                org.termite.runtime.boot.ProgramRunner.reportUncaught(value, System.err);
            }
        });
        s.start(proc);
        return proc.pid;
    }

    private Object evalProcedure(String expression) {
        Object v = eval(expression);
        if (!(v instanceof Procedure)) {
            throw new SchemeException(expression + " is not a procedure", null, null);
        }
        return v;
    }

    /** Sends a message (converted to a Scheme value) to a process. */
    public void send(Pid to, Object message) {
        check();
        Processes.send(to, Convert.toScheme(message));
    }

    /** A new mailbox that Scheme processes can send to, read from Java. */
    public JavaMailbox mailbox() {
        check();
        JavaMailbox m = JavaMailbox.open(this);
        synchronized (mailboxes) {
            mailboxes.add(m);
        }
        return m;
    }

    /** Closes this handle's mailboxes and flushes the console output. The runtime itself stays up. */
    @Override
    public void close() {
        closed = true;
        synchronized (mailboxes) {
            mailboxes.forEach(JavaMailbox::close);
            mailboxes.clear();
        }
        org.termite.runtime.io.Ports.flushAll();
    }

    Session session() {
        return session;
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("this Termite handle is closed");
        }
    }

    /** A Java value as Scheme sees it. */
    static Object[] toScheme(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = Convert.toScheme(args[i]);
        }
        return out;
    }

    /** A Scheme value as Java code wants it: strings, characters and #!void converted, the rest as it is. */
    public static Object toJava(Object v) {
        if (v instanceof MString s) {
            return s.toString();
        }
        if (v instanceof SChar c) {
            return c.codePoint <= 0xFFFF ? Character.valueOf((char) c.codePoint) : Character.toString(c.codePoint);
        }
        return v == Unspecified.VALUE ? null : v;
    }
}
