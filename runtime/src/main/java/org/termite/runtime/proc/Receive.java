package org.termite.runtime.proc;

import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.Frame;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Park;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Rt;
import org.termite.runtime.exec.Run;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Signal;
import org.termite.runtime.exec.TailCall;
import org.termite.runtime.exec.Trampoline;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Tag;

/**
 * Selective receive: {@code ?}, {@code ??}, {@code !?}, and the {@code %receive} and {@code %receive-from} that
 * {@code recv} and the OTP library call with a matcher.
 *
 * <p>It is a procedure written in Java, not in Scheme on mailbox primitives, because of what waiting costs: a
 * receive that finds no message unwinds the process's JVM stack by throwing, and HotSpot pays for every compiled
 * frame the throw crosses. Here the scan, the wait and the matcher calls are one JVM frame just above the caller,
 * and a resumed receive runs directly on the process's trampoline base.
 *
 * <p>A receive's state travels in an ordinary {@link Frame} of this procedure, so a waiting process is still only
 * frames: the frame's point says what the receive accepts and what a timeout does, its slots hold the matcher,
 * the timeout's default or thunk, the deadline and the cursor of the last message examined.
 */
public final class Receive extends Procedure {
    // What a receive accepts (point & 3).
    private static final int ANY = 0;
    private static final int PREDICATE = 1;
    private static final int MATCHER = 2;
    private static final int REPLY = 3;
    // What a timeout does (point >> 2 & 3).
    private static final int RAISE = 0;
    private static final int DEFAULT = 4;
    private static final int CALL = 8;
    // Set in a frame saved while the matcher ran: its value is the matcher's answer for the message at the cursor.
    private static final int MATCHING = 16;
    // A matcher's answer is a thunk to call once the message is out (%receive-from), not the receive's value.
    private static final int THUNK = 32;

    /** A wait resumes its frame with no value of its own: the frame scans again. */
    private static final Park WAIT = new Park(new Rescan(), false);

    /** A class rather than a lambda: the class is initialized at every start-up, where a lambda costs a spun class. */
    private static final class Rescan implements org.termite.runtime.exec.Pending {
        @Override
        public Object run(org.termite.runtime.exec.Frame k) {
            return Boolean.TRUE;
        }
    }

    private final String name;
    private final int minArgs;
    private final int maxArgs;

    /** The procedure bound to the name; frames name it, so that they serialize as that global. */
    private final Receive primary;
    /**
     * The same receive for call sites that take {@link Run#PARKED} back (see {@link #parkingEntry}); on the primary,
     * the twin, and on the twin, null.
     */
    private final Receive twin;

    private Receive(String name, int minArgs, int maxArgs) {
        this.name = name;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.primary = this;
        this.twin = new Receive(this);
    }

    private Receive(Receive primary) {
        this.name = primary.name;
        this.minArgs = primary.minArgs;
        this.maxArgs = primary.maxArgs;
        this.primary = primary;
        this.twin = null;
    }

    /**
     * Compiled code calls a receive it names through this entry at call sites that check for {@link Run#PARKED}, and
     * at tail calls, which pass the value on to their own caller. Only the twin returns it, and only to a caller
     * that runs on the trampoline base.
     */
    @Override
    public Procedure parkingEntry() {
        return twin != null ? twin : this;
    }

    /**
     * The globals bound to receives. Compiled call sites that name one call it through {@link #parkingEntry} and
     * take {@link Run#PARKED} back, so the code generator takes the names from here.
     */
    public static final java.util.List<String> NAMES = java.util.List.of("?", "??", "!?", "%receive", "%receive-from");

    public static void install() {
        for (Receive r : new Receive[] {new Receive(NAMES.get(0), 0, 2), new Receive(NAMES.get(1), 1, 3),
                new Receive(NAMES.get(2), 2, 4), new Receive(NAMES.get(3), 3, 3), new Receive(NAMES.get(4), 4, 4)}) {
            Globals.define(r.name, r);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object apply0(int d) {
        if (d > Trampoline.depthLimit || !name.equals("?")) {
            return applyN(d, NO_ARGS);
        }
        return start(d, ANY | RAISE, Boolean.FALSE, Boolean.FALSE, Boolean.FALSE, null);
    }

    @Override
    public Object apply3(int d, Object a, Object b, Object c) {
        if (d > Trampoline.depthLimit || minArgs != 3) {
            return applyN(d, new Object[] {a, b, c});
        }
        // (%receive matcher timeout on-timeout), the call recv compiles to.
        return start(d, MATCHER | CALL, Rt.proc(a), c, ProcessPrims.deadline(b), null);
    }

    @Override
    public Object applyN(int d, Object[] args) {
        if (args.length < minArgs || args.length > maxArgs) {
            throw Rt.arityError(this, args.length, minArgs, maxArgs);
        }
        if (d > Trampoline.depthLimit) {
            Trampoline.onDepthLimit(d, this, args);
        }
        switch (name) {
            case "?":
                return start(d, ANY | timeoutKind(args, 1), Boolean.FALSE, option(args, 1),
                        ProcessPrims.deadline(option(args, 0)), null);
            case "??":
                return start(d, PREDICATE | timeoutKind(args, 2), Rt.proc(args[0]), option(args, 2),
                        ProcessPrims.deadline(option(args, 1)), null);
            case "!?": {
                Process self = Processes.current();
                Tag tag = Tag.fresh();
                Mailbox.Node mark = self.mailbox.mark();
                Processes.send(ProcessPrims.pid("!?", args[0]), Pair.list(self.pid, tag, args[1]));
                return start(d, REPLY | timeoutKind(args, 3), tag, option(args, 3),
                        ProcessPrims.deadline(option(args, 2)), mark);
            }
            case "%receive":
                return start(d, MATCHER | CALL, Rt.proc(args[0]), args[2], ProcessPrims.deadline(args[1]), null);
            default:
                if (!(args[0] instanceof Mailbox.Node cursor)) {
                    throw SchemeError.wrongType(name, "mailbox cursor", args[0]);
                }
                return start(d, MATCHER | THUNK | CALL, Rt.proc(args[1]), args[3], args[2], cursor);
        }
    }

    private static Object option(Object[] args, int i) {
        return i < args.length ? args[i] : Boolean.FALSE;
    }

    private static int timeoutKind(Object[] args, int defaultIndex) {
        return defaultIndex < args.length ? DEFAULT : RAISE;
    }

    private Object start(int d, int mode, Object matcher, Object onTimeout, Object deadline, Mailbox.Node from) {
        Process p = Processes.current();
        return scan(d, p, mode, matcher, onTimeout, deadline, from != null ? from : p.mailbox.start());
    }

    @Override
    public Object resume(int point, Object[] slots, Object value) {
        Process p = Processes.current();
        Mailbox.Node cursor = (Mailbox.Node) slots[3];
        int d = Trampoline.baseDepth();
        if ((point & MATCHING) == 0) {
            return scan(d, p, point, slots[0], slots[1], slots[2], cursor);
        }
        int mode = point & ~MATCHING;
        if (value != Boolean.FALSE) {
            return accept(d, p, mode, cursor, value);
        }
        return scan(d, p, mode, slots[0], slots[1], slots[2], cursor);
    }

    /**
     * Examines the messages after {@code cursor} in order; takes the first one accepted. With none left it waits:
     * the frame it saves scans on from the last message examined, so no message is looked at twice.
     */
    private Object scan(int d, Process p, int mode, Object matcher, Object onTimeout, Object deadline,
            Mailbox.Node cursor) {
        Mailbox box = p.mailbox;
        while (true) {
            if (p.hasSignals()) {
                ProcessPrims.raiseSignal(p);
            }
            Mailbox.Node n = box.next(cursor);
            if (n == null) {
                if (deadline != Boolean.FALSE && System.nanoTime() >= (Long) deadline) {
                    return timedOut(d, mode, onTimeout);
                }
                if (box.hasIncoming()) {
                    continue;
                }
                return park(d, p, mode, matcher, onTimeout, deadline, cursor);
            }
            Object m = n.message;
            Object verdict;
            switch (mode & 3) {
                case ANY:
                    return box.remove(n);
                case REPLY:
                    if (m instanceof Pair msg && matcher.equals(msg.car) && msg.cdr instanceof Pair rest) {
                        box.remove(n);
                        return rest.car;
                    }
                    cursor = n;
                    continue;
                default:
                    try {
                        verdict = ((Procedure) matcher).apply1(Trampoline.nonTailCall(d), m);
                        if (verdict instanceof Signal) {
                            verdict = TailCall.settle(verdict, d);
                            if (verdict instanceof Capture c) {
                                return c.push(matchingFrame(mode, matcher, onTimeout, deadline, n));
                            } else if (verdict instanceof Signal) {
                                return verdict;
                            }
                        }
                    } catch (Capture c) {
                        throw c.push(matchingFrame(mode, matcher, onTimeout, deadline, n));
                    }
            }
            if (verdict != Boolean.FALSE) {
                return accept(d, p, mode, n, verdict);
            }
            cursor = n;
        }
    }

    /** The frame that goes on scanning from message {@code n} with the matcher's verdict on it. */
    private Frame matchingFrame(int mode, Object matcher, Object onTimeout, Object deadline, Mailbox.Node n) {
        return new Frame(primary, mode | MATCHING, new Object[] {matcher, onTimeout, deadline, n});
    }

    /**
     * Takes an accepted message out. A predicate's receive returns the message, a matcher's the matcher's answer
     * (recv's: the clause and the values of its variables), or calls that answer if it is a thunk.
     */
    private static Object accept(int d, Process p, int mode, Mailbox.Node n, Object verdict) {
        Object message = p.mailbox.remove(n);
        if ((mode & 3) == PREDICATE) {
            return message;
        }
        return (mode & THUNK) == 0 ? verdict : Rt.proc(verdict).apply0(Trampoline.tailCall(d));
    }

    /**
     * Waits, saving a frame that scans on from {@code cursor}. On a process's base (depth 0), or just above a call site that
     * takes {@link Run#PARKED}, that value is returned; elsewhere the park signal, which call sites pass on.
     */
    private Object park(int d, Process p, int mode, Object matcher, Object onTimeout, Object deadline,
            Mailbox.Node cursor) {
        if (deadline != Boolean.FALSE) {
            p.timer = Scheduler.get().timers.wakeAt(p, (Long) deadline);
        }
        Frame frame = new Frame(primary, mode, new Object[] {matcher, onTimeout, deadline, cursor});
        if (d == 0 || (Trampoline.calledFromBase(d) && twin == null)) {
            Capture c = Capture.parkByReturn(WAIT);
            if (c != null) {
                c.push(frame);
                return Run.PARKED;
            }
        }
        return Capture.park(WAIT).push(frame);
    }

    private static Object timedOut(int d, int mode, Object onTimeout) {
        switch (mode & 12) {
            case DEFAULT:
                return onTimeout;
            case CALL:
                return Rt.proc(onTimeout).apply0(Trampoline.tailCall(d));
            default:
                throw SchemeError.error("receive timeout");
        }
    }
}
