package org.termite.runtime.dist;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Remote;
import org.termite.runtime.proc.TermiteException;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/**
 * The processes of this node talking to processes of others: sends, spawns, links, monitors and exits turned
 * into frames, and the bookkeeping that lets a lost node break the links and fire the monitors that depend on it.
 */
final class RemoteProcesses implements Remote {
    static final RemoteProcesses INSTANCE = new RemoteProcesses();
    static final Symbol NOPROC = Symbol.of("noproc");
    /** Bytes that may wait to be sent to one node before a send to it raises an error (termite.queue.max.mb). */
    private static final long MAX_QUEUED = Long.getLong("termite.queue.max.mb", 256) << 20;
    static final Symbol DOWN = Symbol.of("DOWN");
    /** Monitors held by local processes on processes of other nodes: the watcher and the target. */
    static final ConcurrentHashMap<Tag, Watch> WATCHING = new ConcurrentHashMap<>();
    /** Remote spawns waiting for their answer, and the node asked. */
    static final ConcurrentHashMap<Long, Spawning> SPAWNS = new ConcurrentHashMap<>();
    private static final AtomicLong REQUESTS = new AtomicLong();

    record Spawning(String node, CompletableFuture<Long> answer) {}

    record Watch(Process watcher, Pid target) {}

    private RemoteProcesses() {}

    // ---------------------------------------------------------------- remote spawn

    /** Runs {@code thunk} in a new process on {@code node}; with {@code link}, linked to the caller. Blocks. */
    static Pid spawn(Node node, byte[] thunk, Process caller, boolean link) throws IOException {
        Peer peer = Distribution.reach(node);
        long request = REQUESTS.incrementAndGet();
        CompletableFuture<Long> answer = new CompletableFuture<>();
        SPAWNS.put(request, new Spawning(peer.id, answer));
        try {
            peer.send(new Wire.Payload(Wire.SPAWN).longValue(request).longValue(caller.pid.id).flag(link).blob(thunk).frame());
            long id = answer.get(Distribution.deadMillis() + CodeExchange.timeoutMillis() + 10_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            Pid pid = Pid.remote(peer.id, id);
            if (link && !addLink(caller, pid)) {
                peer.send(new Wire.Payload(Wire.EXIT).longValue(caller.pid.id).longValue(id)
                        .text(String.valueOf(caller.exitReason())).frame());
            }
            return pid;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(Distribution.reason(e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("no answer from the node at " + node.address());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            SPAWNS.remove(request);
        }
    }

    static Wire.Frame down(Tag ref, long targetId, long watcherId, Symbol reason) {
        return new Wire.Payload(Wire.DOWN).longValue(ref.node).longValue(ref.serial).longValue(targetId)
                .longValue(watcherId).text(reason.name).frame();
    }

    /** A peer is gone: links to its processes break with noconnection, monitors of them fire. */
    static void lost(Peer peer, String why, Symbol reason) {
        for (Map.Entry<Tag, Watch> e : WATCHING.entrySet()) {
            if (e.getValue().target().node.equals(peer.id) && WATCHING.remove(e.getKey()) != null) {
                Processes.deliver(e.getValue().watcher(), Pair.list(DOWN, e.getKey(), e.getValue().target(), reason));
            }
        }
        for (Process p : LINKED.getOrDefault(peer.id, Set.of())) {
            for (Pid remote : p.remoteLinksTo(peer.id)) {
                if (p.removeRemoteLink(remote)) {
                    Processes.signal(p, new TermiteException(remote, reason, null));
                }
            }
        }
        LINKED.remove(peer.id);
        for (Spawning waiting : SPAWNS.values()) {
            if (waiting.node().equals(peer.id)) {
                waiting.answer().completeExceptionally(new IOException("lost the node at " + Distribution.describe(peer) + ": " + why));
            }
        }
    }

    /** Local processes with links to processes of each node, so a lost node's links are found quickly. */
    private static final ConcurrentHashMap<String, Set<Process>> LINKED = new ConcurrentHashMap<>();

    /** Records a link of a local process to a remote one; false if the local process has ended. */
    static boolean addLink(Process local, Pid remote) {
        if (!local.addRemoteLink(remote)) {
            return false;
        }
        LINKED.computeIfAbsent(remote.node, k -> ConcurrentHashMap.newKeySet()).add(local);
        return true;
    }

    // ---------------------------------------------------------------- Remote, for the processes of this node

    @Override
    public void send(Pid to, Object message) {
        Wire.Frame f;
        try {
            f = Wire.send(to.id, message);
        } catch (SchemeError e) {
            throw SchemeError.error("!: cannot send to " + to + " of another node: " + e.getMessage());
        }
        Peer p = Distribution.peerOf(to.node);
        if (p == null) {
            return;
        }
        if (p.queuedBytes() + f.length() > MAX_QUEUED) {
            // as Erlang's busy distribution port, but the sender is told instead of suspended
            throw SchemeError.error("!: cannot send to " + to + ": " + (p.queuedBytes() >> 20) + " MB already wait to go"
                    + " to the node at " + Distribution.describe(p) + ", which is not reading");
        }
        p.send(f);
    }

    @Override
    public void forward(Pid to, String node, long seq, Object message) {
        Peer p = Distribution.peerOf(node);
        if (p == null) {
            return;
        }
        Wire.Frame f;
        try {
            f = new Wire.Payload(Wire.SEND_TO).text(to.node).longValue(to.id).longValue(seq).frameWithMessage(message);
        } catch (SchemeError e) {
            Distribution.warn("a message to " + to + " could not follow it to the node at " + Distribution.describe(p) + ": " + e.getMessage());
            return;
        }
        p.send(f);
    }

    @Override
    public void terminate(Pid remote) {
        Peer p = Distribution.peerOf(remote.node);
        if (p != null) {
            p.send(new Wire.Payload(Wire.TERMINATE).longValue(remote.id).frame());
        }
    }

    @Override
    public void link(Process local, Pid remote) {
        if (!addLink(local, remote)) {
            return;
        }
        Peer p = Distribution.peerOf(remote.node);
        if (p == null || p.isRetired() || (!p.isConnected() && !p.isConnecting() && p.address.isEmpty())) {
            local.removeRemoteLink(remote);
            Processes.signal(local, new TermiteException(remote, p != null && p.isRetired() ? NOPROC
                    : Distribution.NOCONNECTION, null));
            return;
        }
        p.send(new Wire.Payload(Wire.LINK).longValue(local.pid.id).longValue(remote.id).frame());
    }

    @Override
    public void unlink(Process local, Pid remote) {
        local.removeRemoteLink(remote);
        Peer p = Distribution.peerOf(remote.node);
        if (p != null) {
            p.send(new Wire.Payload(Wire.UNLINK).longValue(local.pid.id).longValue(remote.id).frame());
        }
    }

    @Override
    public Tag monitor(Process watcher, Pid target) {
        Tag ref = Tag.fresh();
        Peer p = Distribution.peerOf(target.node);
        if (p == null || p.isRetired() || (!p.isConnected() && !p.isConnecting() && p.address.isEmpty())) {
            Processes.deliver(watcher, Pair.list(DOWN, ref, target, p != null && p.isRetired() ? NOPROC
                    : Distribution.NOCONNECTION));
            return ref;
        }
        WATCHING.put(ref, new Watch(watcher, target));
        p.send(new Wire.Payload(Wire.MONITOR).longValue(ref.node).longValue(ref.serial).longValue(watcher.pid.id)
                .longValue(target.id).frame());
        return ref;
    }

    @Override
    public boolean demonitor(Tag ref) {
        Watch w = WATCHING.remove(ref);
        if (w == null) {
            return false;
        }
        Peer p = Distribution.peerOf(w.target().node);
        if (p != null) {
            p.send(new Wire.Payload(Wire.DEMONITOR).longValue(ref.node).longValue(ref.serial).longValue(w.target().id).frame());
        }
        return true;
    }

    @Override
    public void exited(Process p, Symbol reason, Object value, Set<Pid> remoteLinks, Map<Tag, Pid> remoteWatchers) {
        for (Pid remote : remoteLinks) {
            Set<Process> linked = LINKED.get(remote.node);
            if (linked != null) {
                linked.remove(p);
            }
            Peer peer = Distribution.peerOf(remote.node);
            if (peer != null && reason != Processes.NORMAL) {
                peer.send(new Wire.Payload(Wire.EXIT).longValue(p.pid.id).longValue(remote.id).text(reason.name).frame());
            } else if (peer != null) {
                peer.send(new Wire.Payload(Wire.UNLINK).longValue(p.pid.id).longValue(remote.id).frame());
            }
        }
        for (Map.Entry<Tag, Pid> w : remoteWatchers.entrySet()) {
            Peer peer = Distribution.peerOf(w.getValue().node);
            if (peer != null) {
                peer.send(down(w.getKey(), p.pid.id, w.getValue().id, reason));
            }
        }
    }

    @Override
    public String addressOf(String node) {
        return Distribution.addressOf(node);
    }

    @Override
    public void learn(String node, String address) {
        Distribution.learn(node, address);
    }
}
