package org.termite.runtime.dist;

import java.util.ArrayList;
import org.termite.runtime.exec.Trampoline;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Continuation;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Migration;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Unspecified;

/**
 * Processes moving between nodes (migrate-task): the leaving side sends the continuation and the unreceived
 * messages; the arriving side starts the process under its pid. Messages that overtake a process on its way wait
 * for it, a minute at most.
 */
final class Migrations {
    /** Messages for processes on their way here: they came before the process did. */
    private static final ConcurrentHashMap<Pid, Arriving> ARRIVING = new ConcurrentHashMap<>();
    private static final long ARRIVAL_WAIT_NANOS = 60_000_000_000L;

    private record Arriving(long since, List<Object> messages) {}

    /** Processes that left and have not yet been confirmed on their new node: what they took with them. */
    private static final ConcurrentHashMap<Pid, Flight> IN_FLIGHT = new ConcurrentHashMap<>();

    private record Flight(String node, byte[] state, byte[] messages) {}

    /** Processes that could not arrive here, and the node they came from: their messages go back there. */
    private static final ConcurrentHashMap<Pid, Bounce> BOUNCED = new ConcurrentHashMap<>();

    private record Bounce(long since, String node) {}

    private Migrations() {}

    /** A message that came in: for a process living here (born here or moved here), one that moved on, or one on its way. */
    static void arrived(Peer from, Pid pid, byte[] bytes) {
        Object message;
        try {
            message = CodeExchange.decode(bytes);
        } catch (SchemeError e) {
            Distribution.warn("dropped a message from the node at " + Distribution.describe(from) + " to " + pid + ": " + e.getMessage());
            return;
        }
        Process p = Processes.byPid(pid);
        if (p != null) {
            Processes.deliver(p, message);
            return;
        }
        Bounce bounce = BOUNCED.get(pid);
        if (bounce != null) {
            RemoteProcesses.INSTANCE.forward(pid, bounce.node(), message);
            return;
        }
        String next = Migration.wentTo(pid);
        if (next != null) {
            RemoteProcesses.INSTANCE.forward(pid, next, message);
            return;
        }
        synchronized (ARRIVING) {
            long now = System.nanoTime();
            // a process announced by forwarded messages that never came (it failed to move): let them go
            ARRIVING.values().removeIf(w -> now - w.since() > ARRIVAL_WAIT_NANOS);
            Arriving waiting = ARRIVING.get(pid);
            if (waiting != null) {
                waiting.messages().add(message);
            } else if (!pid.isLocal()) {
                // the process may still be on its way: its continuation travels behind this message
                List<Object> l = new ArrayList<>();
                l.add(message);
                ARRIVING.put(pid, new Arriving(now, l));
            }
        }
    }

    /** Moves the calling process (its continuation {@code k}) to the node {@code peerId}; runs at its base. */
    static Object migrate(Process p, String peerId, Continuation k) {
        Peer peer = Distribution.peerOf(peerId);
        if (peer == null || !peer.isConnected()) {
            throw SchemeError.error("migrate-task: lost the connection to the node");
        }
        byte[] continuation;
        try {
            continuation = ObjectCodec.encode(Pair.list(k, p.trapsExits() ? Boolean.TRUE : Boolean.FALSE,
                    p.name() == null ? Boolean.FALSE : MString.of(p.name())), null);
        } catch (SchemeError e) {
            throw SchemeError.error("migrate-task: the process cannot travel: " + e.getMessage());
        }
        byte[] taken = encodeMessages(p, peer, Migration.leave(p, peerId));
        IN_FLIGHT.put(p.pid, new Flight(peerId, continuation, taken));
        peer.send(new Wire.Payload(Wire.MIGRATE).text(p.pid.node).longValue(p.pid.id).blob(continuation).blob(taken)
                .frame());
        throw new Migration.Left();
    }

    /**
     * The unreceived messages as one serialized list. Only when that fails is each message tried on its own, and
     * those that cannot travel are left behind with a warning.
     */
    private static byte[] encodeMessages(Process p, Peer peer, List<Object> messages) {
        try {
            return ObjectCodec.encode(Pair.list(messages.toArray()), null);
        } catch (SchemeError whole) {
            List<Object> travelling = new ArrayList<>();
            for (Object m : messages) {
                try {
                    ObjectCodec.encode(m, null);
                    travelling.add(m);
                } catch (SchemeError e) {
                    Distribution.warn("a message to " + p + " could not follow it to the node at "
                            + Distribution.describe(peer) + ": " + e.getMessage());
                }
            }
            return ObjectCodec.encode(Pair.list(travelling.toArray()), null);
        }
    }

    /** A process as it travels: its continuation, trap-exit flag and name, and its unreceived messages. */
    private record Traveller(Continuation k, boolean trapExit, String name, List<Object> messages) {
        static Traveller decode(byte[] state, byte[] messages) {
            Pair s = (Pair) CodeExchange.decode(state);
            Pair rest = (Pair) s.cdr;
            List<Object> all = new ArrayList<>();
            for (Object l = CodeExchange.decode(messages); l instanceof Pair p; l = p.cdr) {
                all.add(p.car);
            }
            return new Traveller((Continuation) s.car, rest.car != Boolean.FALSE,
                    ((Pair) rest.cdr).car instanceof MString m ? m.toString() : null, all);
        }
    }

    static void immigrate(Peer from, Pid pid, byte[] continuationBytes, byte[] messageBytes) {
        Traveller t;
        try {
            t = Traveller.decode(continuationBytes, messageBytes);
        } catch (SchemeError e) {
            // It goes back: the node it left starts it again, and what was sent to it here follows it back.
            from.send(new Wire.Payload(Wire.MIGRATE_FAILED).text(pid.node).longValue(pid.id).text(e.getMessage()).frame());
            synchronized (ARRIVING) {
                BOUNCED.values().removeIf(b -> System.nanoTime() - b.since() > ARRIVAL_WAIT_NANOS);
                BOUNCED.put(pid, new Bounce(System.nanoTime(), from.id));
                Arriving early = ARRIVING.remove(pid);
                if (early != null) {
                    for (Object m : early.messages()) {
                        RemoteProcesses.INSTANCE.forward(pid, from.id, m);
                    }
                }
            }
            return;
        }
        List<Object> all = new ArrayList<>(t.messages());
        synchronized (ARRIVING) {
            Arriving early = ARRIVING.remove(pid);
            if (early != null) {
                all.addAll(early.messages());
            }
            Migration.arrive(pid, run -> t.k().apply1(Trampoline.baseDepth(), Unspecified.VALUE), DynamicState.EMPTY, all, t.trapExit(),
                    t.name());
        }
        from.send(new Wire.Payload(Wire.MIGRATED).text(pid.node).longValue(pid.id).frame());
    }

    /**
     * A node was lost: the processes on their way there that it had not confirmed come back and go on here, their
     * migrate-task raising an error that says the node was lost, so a migration is never lost silently.
     */
    static void lost(Peer peer, String why) {
        for (java.util.Map.Entry<Pid, Flight> e : IN_FLIGHT.entrySet()) {
            if (e.getValue().node().equals(peer.id) && IN_FLIGHT.remove(e.getKey(), e.getValue())) {
                resumeHere(e.getKey(), e.getValue(), "migrate-task: the node at " + Distribution.describe(peer)
                        + " was lost before the process arrived there: " + why);
            }
        }
    }

    /** The new node confirmed a process that left here. */
    static void arrivedThere(Pid pid) {
        IN_FLIGHT.remove(pid);
    }

    /**
     * The new node could not start a process that left here (it lacks code the continuation names): it starts
     * here again, and its migrate-task raises an error saying why.
     */
    static void refusedThere(Peer from, Pid pid, String why) {
        Flight f = IN_FLIGHT.remove(pid);
        if (f == null) {
            return;
        }
        resumeHere(pid, f, "migrate-task: the process could not move to the node at " + Distribution.describe(from)
                + ": " + why);
    }

    /** A process that left here starts again where it was, its migrate-task raising {@code message}. */
    private static void resumeHere(Pid pid, Flight f, String message) {
        Traveller t = Traveller.decode(f.state(), f.messages());
        Object failure = SchemeError.error(message).payload;
        Migration.arrive(pid, run -> t.k().apply1(Trampoline.baseDepth(), failure), DynamicState.EMPTY, t.messages(), t.trapExit(),
                t.name());
    }
}
