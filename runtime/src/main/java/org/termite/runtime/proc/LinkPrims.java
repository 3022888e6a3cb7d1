package org.termite.runtime.proc;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Termite's one-way links and its spawn with keywords. A link from A to B means: when A exits abnormally, B
 * hears of it (a termite-exception raised in B, or a message if B traps exits). {@code link!} and
 * {@code spawn-link} make both directions; Termite also has each one alone:
 * {@code (inbound-link pid)}: pid to me; {@code (outbound-link pid)}: me to pid; {@code full-link}: both.
 * A link with a process of another node is always both ways (the node protocol knows only those).
 */
public final class LinkPrims {
    private LinkPrims() {}

    @Primitive("inbound-link")
    public static void inbound(Object p) {
        Pid from = ProcessPrims.pid("inbound-link", p);
        oneWay("inbound-link", from, Processes.current().pid);
    }

    @Primitive("outbound-link")
    public static void outbound(Object p) {
        Pid to = ProcessPrims.pid("outbound-link", p);
        oneWay("outbound-link", Processes.current().pid, to);
    }

    @Primitive("full-link")
    public static void full(Object p) {
        Pid other = ProcessPrims.pid("full-link", p);
        ProcessPrims.link(other);
    }

    /** Makes {@code from}'s abnormal exit reach {@code to}; if from has already ended so, to hears of it now. */
    private static void oneWay(String who, Pid from, Pid to) {
        Process f = from.process;
        Process t = to.process;
        if (f == null || t == null) {
            if (!from.isLocal() || !to.isLocal()) {
                Pid remote = from.isLocal() ? to : from;
                Process local = from.isLocal() ? f : t;
                Remote r = Processes.remote();
                if (r == null || local == null) {
                    throw SchemeError.error(who + ": no connection to the node of", remote);
                }
                r.link(local, remote);
            } else if (f == null && t != null && t.isAlive()) {
                // a local process that is gone: as Erlang does for a link to a dead process
                Processes.deliverExit(t, new TermiteException(from, Processes.NOPROC, null));
            }
            return;
        }
        if (!f.link(t)) {
            Object reason = f.exitReason();
            if (reason instanceof Symbol r && r != Processes.NORMAL && r != Processes.MIGRATED && t.isAlive()) {
                Processes.deliverExit(t, new TermiteException(from, r, null));
            }
        }
    }

    /**
     * (%spawn-options thunk links name): Termite's spawn: a new process running thunk, named name (a symbol, or
     * #f), whose abnormal exit reaches each process of the list links.
     */
    @Primitive("%spawn-options")
    public static Object spawn(Object thunk, Object links, Object name) {
        if (!(thunk instanceof Procedure)) {
            throw SchemeError.wrongType("spawn", "procedure", thunk);
        }
        for (Object l = links; l != org.termite.runtime.value.Nil.NIL; l = ((Pair) l).cdr) {
            if (!(l instanceof Pair p) || !(p.car instanceof Pid)) {
                throw SchemeError.wrongType("spawn", "list of processes for links:", links);
            }
        }
        Pid child = ProcessPrims.spawnUnstarted(Rt.proc(thunk), false);
        Process c = child.process;
        if (name != Boolean.FALSE) {
            c.name = name instanceof Symbol s ? s.name : org.termite.runtime.text.Printer.toDisplayString(name);
        }
        for (Object l = links; l instanceof Pair p; l = p.cdr) {
            oneWay("spawn", child, (Pid) p.car);
        }
        Scheduler.get().start(c);
        return child;
    }
}
