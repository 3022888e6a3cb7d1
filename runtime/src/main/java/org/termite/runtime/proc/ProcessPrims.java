package org.termite.runtime.proc;

import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.exec.Context;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Park;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/**
 * Termite's process primitives, except receiving, which is {@link Receive}.
 */
public final class ProcessPrims {
    /** The library's (lambda (thunk) ...) that runs a process body: calls thunk, then its value if a procedure. */
    private static final Global ENTRY = Globals.cell("%process-entry");

    private ProcessPrims() {}

    @Primitive("self")
    public static Object self() {
        return Processes.current().pid;
    }

    @Primitive("%spawn")
    public static Object spawn(Object thunk, Object link) {
        Pid child = spawnUnstarted(Rt.proc(thunk), true);
        if (link != Boolean.FALSE) {
            Processes.link(child.process, Processes.current());
        }
        Scheduler.get().start(child.process);
        return child;
    }

    /**
     * A new process that will run {@code body}, not started yet, so its links can be made first. The body form of
     * spawn ({@code bodyForm}) goes through the library's entry, which also calls a procedure the body returns;
     * Termite's procedure form calls the thunk alone.
     */
    static Pid spawnUnstarted(Procedure body, boolean bodyForm) {
        Procedure entry = Rt.proc(ENTRY.get());
        Context parent = Context.current();
        // A child inherits the parameter bindings, not the handlers or dynamic-wind state.
        Process child = Scheduler.get().create(bodyForm ? k -> entry.apply1(Trampoline.baseDepth(), body) : k -> body.apply0(Trampoline.baseDepth()),
                org.termite.runtime.exec.DynamicState.EMPTY.withParameters(parent.dyn.parameters()), null);
        return child.pid;
    }

    @Primitive("!")
    public static void send(Object to, Object message) {
        if (!(to instanceof Pid) && ServiceAddresses.isAddress(to)) {
            ServiceAddresses.send(to, message);
            return;
        }
        Processes.send(pid("!", to), message);
    }

    @Primitive("make-tag")
    public static Object makeTag() {
        return Tag.fresh();
    }

    @Primitive("tag?")
    public static boolean isTag(Object x) {
        return x instanceof Tag;
    }

    @Primitive({"process?", "pid?"})
    public static boolean isProcess(Object x) {
        return x instanceof Pid;
    }

    @Primitive("process-name")
    public static Object processName(Object p) {
        Process proc = pid("process-name", p).process;
        return proc == null || proc.name == null ? Boolean.FALSE : Symbol.of(proc.name);
    }

    @Primitive("process-name-set!")
    public static void setProcessName(Object p, Object name) {
        Process proc = pid("process-name-set!", p).process;
        if (proc != null) {
            proc.name = name instanceof Symbol s ? s.name : org.termite.runtime.text.Printer.toDisplayString(name);
        }
    }

    /** Whether a process of this node still runs; for a process of another node, monitor it instead. */
    @Primitive("process-alive?")
    public static boolean isAlive(Object p) {
        Pid pid = pid("process-alive?", p);
        if (pid.process == null && !pid.isLocal()) {
            throw SchemeError.error("process-alive?: a process of another node (monitor it to learn when it ends):", p);
        }
        return pid.process != null && pid.process.isAlive();
    }

    @Primitive("terminate!")
    public static void terminate(Object p) {
        Pid pid = pid("terminate!", p);
        Process proc = pid.process;
        if (proc == null && !pid.isLocal()) {
            remote("terminate!", pid).terminate(pid);
            return;
        }
        if (proc == null || !proc.isAlive()) {
            return;
        }
        proc.requestKill();
        if (proc == Processes.currentOrNull()) {
            throw new ProcessKilled();
        }
        Scheduler s = Scheduler.get();
        s.requestPreemption(proc);
        s.wake(proc);
    }

    /** Termite's halt!: the calling process ends now, as if its body had returned. */
    @Primitive(value = "halt!", inline = false)
    public static Object halt() {
        if (Processes.currentOrNull() == null) {
            throw SchemeError.error("halt!: not called from a process");
        }
        throw new ProcessKilled(Processes.NORMAL);
    }

    @Primitive("process-trap-exit!")
    public static void trapExit(Object flag) {
        Processes.current().trapExit = flag != Boolean.FALSE;
    }

    @Primitive("link!")
    public static void link(Object p) {
        Pid to = pid("link!", p);
        Process proc = to.process;
        if (proc != null) {
            Processes.link(proc, Processes.current());
        } else if (!to.isLocal()) {
            remote("link!", to).link(Processes.current(), to);
        }
    }

    @Primitive("unlink!")
    public static void unlink(Object p) {
        Pid to = pid("unlink!", p);
        Process me = Processes.current();
        if (to.process != null) {
            me.unlink(to.process);
            to.process.unlink(me);
        } else if (!to.isLocal() && Processes.remote() != null) {
            Processes.remote().unlink(me, to);
        }
    }

    @Primitive("monitor")
    public static Object monitor(Object p) {
        Pid to = pid("monitor", p);
        Process target = to.process;
        if (target == null) {
            if (!to.isLocal()) {
                return remote("monitor", to).monitor(Processes.current(), to);
            }
            Tag ref = Tag.fresh();
            Processes.send(Processes.current().pid, org.termite.runtime.value.Pair.list(Processes.DOWN, ref, to, Processes.NOPROC));
            return ref;
        }
        return Monitors.monitor(Processes.current(), target);
    }

    /** #t when the monitor was removed before it fired, so no DOWN message for it will arrive; else #f. */
    @Primitive("demonitor")
    public static boolean demonitor(Object ref) {
        if (!(ref instanceof Tag t)) {
            throw SchemeError.wrongType("demonitor", "monitor reference", ref);
        }
        return Monitors.demonitor(t) || (Processes.remote() != null && Processes.remote().demonitor(t));
    }

    private static Remote remote(String who, Pid to) {
        Remote r = Processes.remote();
        if (r == null) {
            throw SchemeError.error(who + ": no connection to the node of", to);
        }
        return r;
    }

    @Primitive("publish-service")
    public static void publish(Object name, Object p) {
        Services.publish(name, pid("publish-service", p));
    }

    @Primitive("unpublish-service")
    public static void unpublish(Object name) {
        Services.unpublish(name);
    }

    /** Termite's (unpublish-service name pid): removes the name only while it names that process. */
    @Primitive("unpublish-service")
    public static void unpublish(Object name, Object p) {
        Pid pid = pid("unpublish-service", p);
        if (pid.equals(Services.resolve(name))) {
            Services.unpublish(name);
        }
    }

    @Primitive("%resolve-service")
    public static Object resolve(Object name) {
        Pid p = Services.resolve(name);
        return p == null ? Boolean.FALSE : p;
    }

    // ---------------------------------------------------------------- exceptions from links

    @Primitive("termite-exception?")
    public static boolean isTermiteException(Object x) {
        return x instanceof TermiteException;
    }

    @Primitive("termite-exception-origin")
    public static Object origin(Object x) {
        return exception(x).origin;
    }

    @Primitive("termite-exception-reason")
    public static Object reason(Object x) {
        return exception(x).reason;
    }

    @Primitive("termite-exception-object")
    public static Object object(Object x) {
        Object o = exception(x).object;
        return o == null ? Boolean.FALSE : o;
    }

    // ---------------------------------------------------------------- the mailbox, for the library's receive

    @Primitive("%mailbox-mark")
    public static Object mailboxMark() {
        return Processes.current().mailbox.mark();
    }

    @Primitive("%mailbox-size")
    public static Object mailboxSize() {
        return (long) Processes.current().mailbox.size();
    }

    /** A deadline for a timeout in seconds: #f for none, else a System.nanoTime value. */
    @Primitive("%deadline")
    public static Object deadline(Object seconds) {
        if (seconds == Boolean.FALSE || seconds == org.termite.runtime.value.DefaultObject.VALUE) {
            return Boolean.FALSE;
        }
        double s;
        if (seconds instanceof Long l) {
            s = l;
        } else if (seconds instanceof Double d) {
            s = d;
        } else if (seconds instanceof Symbol sym && sym.name.equals("infinity")) {
            return Boolean.FALSE;
        } else if (org.termite.runtime.num.Num.isNumber(seconds)) {
            // any other real: a big integer or an exact ratio such as 1/2
            s = org.termite.runtime.num.Num.toDouble(seconds);
        } else {
            throw SchemeError.wrongType("receive", "timeout in seconds", seconds);
        }
        if (Double.isNaN(s)) {
            throw SchemeError.wrongType("receive", "timeout in seconds", seconds);
        }
        if (s > 1e9) {
            // +inf.0, or longer than thirty years: no deadline (nanoTime would overflow)
            return Boolean.FALSE;
        }
        return System.nanoTime() + (long) (Math.max(0, s) * 1e9);
    }

    /** thread-sleep!: parks until the deadline, whatever arrives meanwhile. */
    @Primitive(value = "%sleep-until", inline = false)
    public static Object sleepUntil(Object deadline) {
        long at = (Long) deadline;
        Process p = Processes.currentOrNull();
        if (System.nanoTime() >= at) {
            return org.termite.runtime.value.Unspecified.VALUE;
        }
        if (p == null) {
            try {
                Thread.sleep(Math.max(0, (at - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return org.termite.runtime.value.Unspecified.VALUE;
        }
        p.timer = Scheduler.get().timers.wakeAt(p, at);
        return Capture.park(new Park(k -> sleepUntil(deadline), false));
    }

    private static final Park YIELD = new Park(k -> org.termite.runtime.value.Unspecified.VALUE, true);

    @Primitive(value = "%yield", inline = false)
    public static Object yield() {
        return Capture.park(YIELD);
    }

    static void raiseSignal(Process p) {
        TermiteException e = p.takeSignal();
        if (e != null) {
            throw new SchemeError(e);
        }
    }

    static Pid pid(String who, Object x) {
        if (x instanceof Pid p) {
            return p;
        }
        throw SchemeError.wrongType(who, "process", x);
    }

    private static TermiteException exception(Object x) {
        if (x instanceof TermiteException e) {
            return e;
        }
        throw SchemeError.wrongType("termite-exception-reason", "termite exception", x);
    }

}
