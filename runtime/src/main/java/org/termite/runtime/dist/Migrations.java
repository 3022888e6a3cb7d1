package org.termite.runtime.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Continuation;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.exec.Trampoline;
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
    /** Numbered messages for processes on their way here: they came before the process did. */
    private static final ConcurrentHashMap<Pid, Arriving> ARRIVING = new ConcurrentHashMap<>();
    private static final long ARRIVAL_WAIT_NANOS = 60_000_000_000L;

    /** {@code messages}: number, message, number, message, ... */
    private record Arriving(long since, List<Object> messages) {}

    /** Processes that left and have not yet been confirmed on their new node: what they took with them. */
    private static final ConcurrentHashMap<Pid, Flight> IN_FLIGHT = new ConcurrentHashMap<>();

    private record Flight(String node, byte[] state, byte[] messages) {}

    /** Processes that could not arrive here, and the node they came from: their messages go back there. */
    private static final ConcurrentHashMap<Pid, Bounce> BOUNCED = new ConcurrentHashMap<>();

    private record Bounce(long since, String node) {}

    private Migrations() {}

    /**
     * A message that came in: {@code seq} is -1 for a message sent to a process born here, which this node
     * numbers if the process has moved; otherwise the number its birth node gave it, on its way to the process.
     */
    static void arrived(Peer from, Pid pid, long seq, Wire.Blob bytes) {
        Object message;
        try {
            message = CodeExchange.decode(bytes);
        } catch (SchemeError e) {
            Distribution.warn("dropped a message from the node at " + Distribution.describe(from) + " to " + pid + ": " + e.getMessage());
            return;
        }
        if (seq < 0) {
            Process p = Processes.byPid(pid);
            if (p != null) {
                Processes.deliver(p, message);
            } else if (pid.isLocal() && Migration.hasMoved(pid)) {
                Migration.enterAtHome(pid, message);
            }
            // else a process that has ended: dropped, as Erlang drops it
            return;
        }
        Bounce bounce = BOUNCED.get(pid);
        if (bounce != null && Processes.byPid(pid) == null) {
            RemoteProcesses.INSTANCE.forward(pid, bounce.node(), seq, message);
            return;
        }
        if (Migration.route(pid, seq, message)) {
            return;
        }
        synchronized (ARRIVING) {
            // the process may have arrived since: it arrives under this lock
            if (Migration.route(pid, seq, message)) {
                return;
            }
            long now = System.nanoTime();
            // a process announced by forwarded messages that never came (it failed to move): let them go
            ARRIVING.values().removeIf(w -> now - w.since() > ARRIVAL_WAIT_NANOS);
            // the process may still be on its way: its continuation travels behind this message
            ARRIVING.computeIfAbsent(pid, k -> new Arriving(now, new ArrayList<>())).messages().addAll(List.of(seq, message));
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
        Migration.Departure departure = Migration.leave(p, peerId);
        byte[] taken = encodeMessages(p, peer, departure);
        IN_FLIGHT.put(p.pid, new Flight(peerId, continuation, taken));
        // where its birth node listens: the messages for it come through there, and the new node may never have
        // heard of it
        peer.send(new Wire.Payload(Wire.MIGRATE).text(p.pid.node).longValue(p.pid.id)
                .text(Distribution.addressOf(p.pid.node)).blob(continuation).blob(taken).frame());
        throw new Migration.Left();
    }

    /**
     * What the process takes: its unreceived messages, the next number it expects and the numbered messages kept
     * for later, as one serialized list {@code ((message ...) n (number message ...))}. Only when that fails is
     * each unreceived message tried on its own, and those that cannot travel are left behind with a warning (the
     * numbered ones came from other nodes, so they serialize).
     */
    private static byte[] encodeMessages(Process p, Peer peer, Migration.Departure d) {
        Object kept = Pair.list(d.kept().toArray());
        try {
            return ObjectCodec.encode(Pair.list(Pair.list(d.messages().toArray()), d.expected(), kept), null);
        } catch (SchemeError whole) {
            List<Object> travelling = new ArrayList<>();
            for (Object m : d.messages()) {
                try {
                    ObjectCodec.encode(m, null);
                    travelling.add(m);
                } catch (SchemeError e) {
                    Distribution.warn("a message to " + p + " could not follow it to the node at "
                            + Distribution.describe(peer) + ": " + e.getMessage());
                }
            }
            return ObjectCodec.encode(Pair.list(Pair.list(travelling.toArray()), d.expected(), kept), null);
        }
    }

    /**
     * A process as it travels: its continuation, trap-exit flag and name, its unreceived messages, the next number
     * its birth node gave its messages and those kept for later (number, message, ...).
     */
    private record Traveller(Continuation k, boolean trapExit, String name, List<Object> messages, long expected,
            List<Object> kept) {
        static Traveller decode(byte[] state, byte[] messages) {
            List<Object> s = list(CodeExchange.decode(state));
            List<Object> taken = list(CodeExchange.decode(messages));
            return new Traveller((Continuation) s.get(0), s.get(1) != Boolean.FALSE,
                    s.get(2) instanceof MString m ? m.toString() : null, list(taken.get(0)),
                    ((Number) taken.get(1)).longValue(), list(taken.get(2)));
        }

        private static List<Object> list(Object l) {
            List<Object> all = new ArrayList<>();
            for (; l instanceof Pair p; l = p.cdr) {
                all.add(p.car);
            }
            return all;
        }

        Process arrive(Pid pid, Object resumeWith) {
            return Migration.arrive(pid, run -> k.apply1(Trampoline.baseDepth(), resumeWith), DynamicState.EMPTY, messages, trapExit, name,
                    expected, kept);
        }
    }

    static void immigrate(Peer from, Pid pid, String home, byte[] continuationBytes, byte[] messageBytes) {
        if (!pid.isLocal() && !home.isEmpty()) {
            Distribution.learn(pid.node, home);
        }
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
                    List<Object> m = early.messages();
                    for (int i = 0; i + 1 < m.size(); i += 2) {
                        RemoteProcesses.INSTANCE.forward(pid, from.id, (Long) m.get(i), m.get(i + 1));
                    }
                }
            }
            return;
        }
        synchronized (ARRIVING) {
            t.arrive(pid, Unspecified.VALUE);
            Arriving early = ARRIVING.remove(pid);
            if (early != null) {
                List<Object> m = early.messages();
                for (int i = 0; i + 1 < m.size(); i += 2) {
                    Migration.route(pid, (Long) m.get(i), m.get(i + 1));
                }
            }
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
        Traveller.decode(f.state(), f.messages()).arrive(pid, SchemeError.error(message).payload);
    }
}
