package org.termite.runtime.dist;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.termite.runtime.DynamicState;
import org.termite.runtime.Global;
import org.termite.runtime.Globals;
import org.termite.runtime.Pair;
import org.termite.runtime.Procedure;
import org.termite.runtime.Rt;
import org.termite.runtime.SchemeError;
import org.termite.runtime.Symbol;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Remote;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.proc.Tag;
import org.termite.runtime.proc.TermiteException;
import org.termite.runtime.serial.ObjectCodec;

/**
 * This node's side of distribution: it listens once {@code node-init} has been called, connects to other nodes on
 * demand (a send to one of their pids, a remote spawn), and carries messages, spawns, links, monitors and their
 * signals over the connections. A node that cannot be reached or goes silent is lost: the local processes linked
 * to its processes get an exit whose reason is {@code noconnection}, and monitors of its processes a DOWN with it.
 */
public final class Distribution implements Remote {
    static final Symbol NOCONNECTION = Symbol.of("noconnection");
    private static final Symbol NOPROC = Symbol.of("noproc");
    private static final Symbol DOWN = Symbol.of("DOWN");
    private static final Global ENTRY = Globals.cell("%process-entry");

    private static final Distribution INSTANCE = new Distribution();
    private static final ConcurrentHashMap<String, Peer> PEERS = new ConcurrentHashMap<>();
    /** Monitors held by local processes on processes of other nodes: the watcher and the target. */
    private static final ConcurrentHashMap<Tag, Watch> WATCHING = new ConcurrentHashMap<>();
    /** Remote spawns waiting for their answer, and the node asked. */
    private static final ConcurrentHashMap<Long, Spawning> SPAWNS = new ConcurrentHashMap<>();

    private record Spawning(String node, CompletableFuture<Long> answer) {}
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static volatile Node self;
    private static volatile ServerSocket server;

    private record Watch(Process watcher, Pid target) {}

    private Distribution() {}

    /** Makes pids of other nodes reachable; called when the runtime boots. */
    public static void install() {
        Processes.useRemote(INSTANCE);
    }

    static long heartbeatMillis() {
        return Long.getLong("termite.heartbeat.ms", 1000);
    }

    static long deadMillis() {
        return Long.getLong("termite.dead.ms", 6000);
    }

    static String localId() {
        return Scheduler.nodeName();
    }

    static String localAddress() {
        Node n = self;
        return n == null ? "" : n.address();
    }

    static Node self() {
        return self;
    }

    // ---------------------------------------------------------------- listening

    /** Starts listening at {@code node}'s address (port 0: any free one) and returns the node as reachable. */
    static synchronized Node init(Node node) {
        if (server != null) {
            throw SchemeError.error("node-init: this node already listens at " + self.address());
        }
        try {
            InetAddress host = InetAddress.getByName(node.host());
            ServerSocket s = new ServerSocket();
            try {
                s.bind(new InetSocketAddress(host, node.port()));
            } catch (IOException e) {
                s.close();
                throw e;
            }
            server = s;
            self = new Node(node.host(), s.getLocalPort());
        } catch (IOException e) {
            throw SchemeError.error("node-init: cannot listen at " + node.address() + ":", org.termite.runtime.MString.of(
                    String.valueOf(e.getMessage())));
        }
        Thread t = new Thread(Distribution::acceptLoop, "termite-node-listener");
        t.setDaemon(true);
        t.start();
        return self;
    }

    private static void acceptLoop() {
        while (true) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                return;
            }
            Thread t = new Thread(null, () -> admit(s), "termite-node-handshake", 256 * 1024);
            t.setDaemon(true);
            t.start();
        }
    }

    private static void admit(Socket s) {
        String from = s.getInetAddress().getHostAddress() + ":" + s.getPort();
        try {
            s.setSoTimeout(10_000);
            s.setTcpNoDelay(true);
            Peer.Link link = Peer.open(s);
            Handshake.Peer who = Handshake.accept(link.in, link.out, localId(), localAddress(), from, Distribution::refusal);
            Peer peer = peer(who.id(), who.address());
            peer.established(link);
        } catch (IOException e) {
            if (!(e instanceof Handshake.Failed f && f.duplicate)) {
                String why = e instanceof java.io.EOFException
                        ? "it closed the connection during the handshake (a node with another shared secret?)"
                        : e.getMessage();
                warn("refused a connection from " + from + ": " + why);
            }
            try {
                s.close();
            } catch (IOException ignored) {
                // already failed
            }
        }
    }

    /**
     * Two nodes connecting to each other at once keep the connection opened by the node with the smaller id: the
     * other one is refused here, and its opener waits for the one coming the other way.
     */
    private static String refusal(String peerId) {
        Peer p = PEERS.get(peerId);
        if (p != null && p.isConnecting() && localId().compareTo(peerId) < 0) {
            return Handshake.DUPLICATE;
        }
        return null;
    }

    // ---------------------------------------------------------------- connecting

    private static Peer peer(String id, String address) {
        Peer p = PEERS.computeIfAbsent(id, k -> new Peer(id, address == null ? "" : address));
        if (address != null && !address.isEmpty()) {
            p.address = address;
        }
        return p;
    }

    static void connectInBackground(Peer peer) {
        Thread t = new Thread(null, () -> connect(peer), "termite-node-connect " + peer.address, 256 * 1024);
        t.setDaemon(true);
        t.start();
    }

    private static void connect(Peer peer) {
        try {
            Handshake.Peer who = dial(peer.address, peer);
            if (!who.id().equals(peer.id)) {
                peer.failed("the node at " + peer.address + " is another node now");
            }
        } catch (Handshake.Failed e) {
            if (e.duplicate) {
                peer.connectingEnded();
                return;
            }
            warn(e.getMessage());
            peer.failed(e.getMessage());
        } catch (IOException e) {
            warn("cannot connect to the node at " + peer.address + ": " + e.getMessage());
            peer.failed(e.getMessage());
        }
    }

    /** Opens a connection to an address and completes the handshake; {@code expected} is the peer it should be. */
    private static Handshake.Peer dial(String address, Peer expected) throws IOException {
        Node n = Node.parse(address);
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(n.host(), n.port()), 10_000);
            s.setSoTimeout(10_000);
            Peer.Link link = Peer.open(s);
            Handshake.Peer who = Handshake.initiate(link.in, link.out, localId(), localAddress(), address);
            if (expected != null && !expected.id.equals(who.id())) {
                s.close();
                return who;
            }
            peer(who.id(), address).established(link);
            return who;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** The peer listening at {@code node}, connected; blocks, so callers run it off the scheduler threads. */
    static Peer reach(Node node) throws IOException {
        String address = node.address();
        for (Peer p : PEERS.values()) {
            if (address.equals(p.address) && p.isConnected()) {
                return p;
            }
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                return PEERS.get(dial(address, null).id());
            } catch (Handshake.Failed e) {
                if (!e.duplicate) {
                    throw e;
                }
                // the other node is connecting to us at the same moment: its connection will do
                for (Peer p : PEERS.values()) {
                    if (address.equals(p.address) && p.isConnected()) {
                        return p;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        throw new IOException("could not settle a connection with " + address);
    }

    // ---------------------------------------------------------------- remote spawn

    /** Runs {@code thunk} in a new process on {@code node}; with {@code link}, linked to the caller. Blocks. */
    static Pid spawn(Node node, byte[] thunk, Process caller, boolean link) throws IOException {
        Peer peer = reach(node);
        long request = REQUESTS.incrementAndGet();
        CompletableFuture<Long> answer = new CompletableFuture<>();
        SPAWNS.put(request, new Spawning(peer.id, answer));
        try {
            peer.send(new Wire.Payload(Wire.SPAWN).longValue(request).longValue(caller.pid.id).flag(link).blob(thunk).frame());
            long id = answer.get(deadMillis() + 10_000, java.util.concurrent.TimeUnit.MILLISECONDS);
            Pid pid = Pid.remote(peer.id, id);
            if (link && !addLink(caller, pid)) {
                peer.send(new Wire.Payload(Wire.EXIT).longValue(caller.pid.id).longValue(id)
                        .text(String.valueOf(caller.exitReason())).frame());
            }
            return pid;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("no answer from the node at " + node.address());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            SPAWNS.remove(request);
        }
    }

    // ---------------------------------------------------------------- what comes in

    static void dispatch(Peer from, Wire.Frame f) throws IOException {
        DataInputStream d = f.data();
        switch (f.type()) {
            case Wire.HEARTBEAT:
                return;
            case Wire.SEND: {
                long id = d.readLong();
                Process to = Processes.byId(id);
                byte[] bytes = Wire.blob(d);
                if (to == null) {
                    arrived(from, Pid.remote(localId(), id), bytes);
                } else {
                    Object message;
                    try {
                        message = ObjectCodec.decode(bytes, null);
                    } catch (SchemeError e) {
                        warn("dropped a message from the node at " + describe(from) + " to " + to + ": " + e.getMessage());
                        return;
                    }
                    Processes.deliver(to, message);
                }
                return;
            }
            case Wire.SPAWN:
                spawned(from, d.readLong(), d.readLong(), d.readBoolean(), Wire.blob(d));
                return;
            case Wire.SPAWNED: {
                Spawning waiting = SPAWNS.get(d.readLong());
                if (waiting != null) {
                    waiting.answer().complete(d.readLong());
                }
                return;
            }
            case Wire.SPAWN_FAILED: {
                Spawning waiting = SPAWNS.get(d.readLong());
                if (waiting != null) {
                    waiting.answer().completeExceptionally(new IOException(d.readUTF()));
                }
                return;
            }
            case Wire.LINK: {
                Pid remote = Pid.remote(from.id, d.readLong());
                long localId = d.readLong();
                Process local = Processes.byId(localId);
                if (local == null || !addLink(local, remote)) {
                    from.send(new Wire.Payload(Wire.EXIT).longValue(localId).longValue(remote.id).text(NOPROC.name).frame());
                }
                return;
            }
            case Wire.UNLINK: {
                Pid remote = Pid.remote(from.id, d.readLong());
                Process local = Processes.byId(d.readLong());
                if (local != null) {
                    local.removeRemoteLink(remote);
                }
                return;
            }
            case Wire.EXIT: {
                Pid remote = Pid.remote(from.id, d.readLong());
                Process local = Processes.byId(d.readLong());
                Symbol reason = Symbol.of(d.readUTF());
                if (local != null && local.removeRemoteLink(remote)) {
                    Processes.signal(local, new TermiteException(remote, reason, null));
                }
                return;
            }
            case Wire.MONITOR: {
                Tag ref = tag(d);
                Pid watcher = Pid.remote(from.id, d.readLong());
                long targetId = d.readLong();
                Process target = Processes.byId(targetId);
                if (target == null || !target.addRemoteWatcher(ref, watcher)) {
                    from.send(down(ref, targetId, watcher.id, NOPROC));
                }
                return;
            }
            case Wire.DEMONITOR: {
                Tag ref = tag(d);
                Process target = Processes.byId(d.readLong());
                if (target != null) {
                    target.removeRemoteWatcher(ref);
                }
                return;
            }
            case Wire.DOWN: {
                Tag ref = tag(d);
                Pid target = Pid.remote(from.id, d.readLong());
                d.readLong();
                Symbol reason = Symbol.of(d.readUTF());
                Watch w = WATCHING.remove(ref);
                if (w != null) {
                    Processes.deliver(w.watcher(), Pair.list(DOWN, ref, target, reason));
                }
                return;
            }
            case Wire.SEND_TO: {
                Pid pid = Pid.remote(d.readUTF(), d.readLong());
                arrived(from, pid, Wire.blob(d));
                return;
            }
            case Wire.MIGRATE:
                immigrate(from, Pid.remote(d.readUTF(), d.readLong()), Wire.blob(d), Wire.blob(d));
                return;
            case Wire.TERMINATE: {
                Process target = Processes.byId(d.readLong());
                if (target != null) {
                    org.termite.runtime.proc.ProcessPrims.terminate(target.pid);
                }
                return;
            }
            default:
                throw new IOException("malformed frame: unknown type " + f.type());
        }
    }

    private static void spawned(Peer from, long request, long callerId, boolean link, byte[] bytes) {
        Procedure body;
        try {
            body = Rt.proc(ObjectCodec.decode(bytes, null));
        } catch (SchemeError e) {
            from.send(new Wire.Payload(Wire.SPAWN_FAILED).longValue(request)
                    .text("remote-spawn: the node at " + localAddress() + " cannot run the procedure: " + e.getMessage()).frame());
            return;
        }
        Procedure entry = Rt.proc(ENTRY.get());
        Scheduler s = Scheduler.get();
        Process child = s.create(k -> entry.apply1(0, body), DynamicState.EMPTY, null);
        if (link) {
            addLink(child, Pid.remote(from.id, callerId));
        }
        s.start(child);
        from.send(new Wire.Payload(Wire.SPAWNED).longValue(request).longValue(child.pid.id).frame());
    }

    // ---------------------------------------------------------------- processes that move

    /** Messages for processes on their way here: they came before the process did. */
    private static final ConcurrentHashMap<Pid, Arriving> ARRIVING = new ConcurrentHashMap<>();
    private static final long ARRIVAL_WAIT_NANOS = 60_000_000_000L;

    private record Arriving(long since, java.util.List<Object> messages) {}

    /** A message for a pid that is not a live process born here: one that moved here, moved on, or is on its way. */
    private static void arrived(Peer from, Pid pid, byte[] bytes) {
        Object message;
        try {
            message = ObjectCodec.decode(bytes, null);
        } catch (SchemeError e) {
            warn("dropped a message from the node at " + describe(from) + " to " + pid + ": " + e.getMessage());
            return;
        }
        Process p = Processes.byPid(pid);
        if (p != null) {
            Processes.deliver(p, message);
            return;
        }
        String next = org.termite.runtime.proc.Migration.wentTo(pid);
        if (next != null) {
            INSTANCE.forward(pid, next, message);
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
                java.util.List<Object> l = new java.util.ArrayList<>();
                l.add(message);
                ARRIVING.put(pid, new Arriving(now, l));
            }
        }
    }

    /** Moves the calling process (its continuation {@code k}) to the node {@code peerId}; runs at its base. */
    static Object migrate(Process p, String peerId, org.termite.runtime.Continuation k) {
        Peer peer = PEERS.get(peerId);
        if (peer == null || !peer.isConnected()) {
            throw SchemeError.error("migrate-task: lost the connection to the node");
        }
        byte[] continuation;
        try {
            continuation = ObjectCodec.encode(Pair.list(k, p.trapsExits() ? Boolean.TRUE : Boolean.FALSE,
                    p.name() == null ? Boolean.FALSE : org.termite.runtime.MString.of(p.name())), null);
        } catch (SchemeError e) {
            throw SchemeError.error("migrate-task: the process cannot travel: " + e.getMessage());
        }
        java.util.List<Object> messages = new java.util.ArrayList<>();
        for (Object m : org.termite.runtime.proc.Migration.leave(p, peerId)) {
            try {
                ObjectCodec.encode(m, null);
                messages.add(m);
            } catch (SchemeError e) {
                warn("a message to " + p + " could not follow it to the node at " + describe(peer) + ": " + e.getMessage());
            }
        }
        peer.send(new Wire.Payload(Wire.MIGRATE).text(p.pid.node).longValue(p.pid.id).blob(continuation)
                .blob(ObjectCodec.encode(Pair.list(messages.toArray()), null)).frame());
        throw new org.termite.runtime.proc.Migration.Left();
    }

    private static void immigrate(Peer from, Pid pid, byte[] continuationBytes, byte[] messageBytes) {
        Object state;
        Object messages;
        try {
            state = ObjectCodec.decode(continuationBytes, null);
            messages = ObjectCodec.decode(messageBytes, null);
        } catch (SchemeError e) {
            warn("process " + pid + " could not move here from the node at " + describe(from) + ": " + e.getMessage());
            return;
        }
        Pair s = (Pair) state;
        org.termite.runtime.Continuation k = (org.termite.runtime.Continuation) s.car;
        Pair rest = (Pair) s.cdr;
        boolean trapExit = rest.car != Boolean.FALSE;
        String name = ((Pair) rest.cdr).car instanceof org.termite.runtime.MString m ? m.toString() : null;
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Object l = messages; l instanceof Pair p; l = p.cdr) {
            all.add(p.car);
        }
        synchronized (ARRIVING) {
            Arriving early = ARRIVING.remove(pid);
            if (early != null) {
                all.addAll(early.messages());
            }
            org.termite.runtime.proc.Migration.arrive(pid, run -> k.apply1(0, org.termite.runtime.Unspecified.VALUE),
                    DynamicState.EMPTY, all, trapExit, name);
        }
    }

    private static Tag tag(DataInputStream d) throws IOException {
        return new Tag(d.readLong(), d.readLong());
    }

    private static Wire.Frame down(Tag ref, long targetId, long watcherId, Symbol reason) {
        return new Wire.Payload(Wire.DOWN).longValue(ref.node).longValue(ref.serial).longValue(targetId)
                .longValue(watcherId).text(reason.name).frame();
    }

    /** A peer is gone: links to its processes break with noconnection, monitors of them fire. */
    static void lost(Peer peer, String why) {
        for (Map.Entry<Tag, Watch> e : WATCHING.entrySet()) {
            if (e.getValue().target().node.equals(peer.id) && WATCHING.remove(e.getKey()) != null) {
                Processes.deliver(e.getValue().watcher(), Pair.list(DOWN, e.getKey(), e.getValue().target(), NOCONNECTION));
            }
        }
        for (Process p : LINKED.getOrDefault(peer.id, Set.of())) {
            for (Pid remote : p.remoteLinksTo(peer.id)) {
                if (p.removeRemoteLink(remote)) {
                    Processes.signal(p, new TermiteException(remote, NOCONNECTION, null));
                }
            }
        }
        LINKED.remove(peer.id);
        for (Spawning waiting : SPAWNS.values()) {
            if (waiting.node().equals(peer.id)) {
                waiting.answer().completeExceptionally(new IOException("lost the node at " + describe(peer) + ": " + why));
            }
        }
    }

    /** Local processes with links to processes of each node, so a lost node's links are found quickly. */
    private static final ConcurrentHashMap<String, Set<Process>> LINKED = new ConcurrentHashMap<>();

    /** Records a link of a local process to a remote one; false if the local process has ended. */
    private static boolean addLink(Process local, Pid remote) {
        if (!local.addRemoteLink(remote)) {
            return false;
        }
        LINKED.computeIfAbsent(remote.node, k -> ConcurrentHashMap.newKeySet()).add(local);
        return true;
    }

    private static String describe(Peer p) {
        return p.address.isEmpty() ? p.id : p.address;
    }

    static void warn(String message) {
        System.err.println("termite: " + message);
    }

    // ---------------------------------------------------------------- Remote, for the processes of this node

    @Override
    public void send(Pid to, Object message) {
        byte[] bytes;
        try {
            bytes = ObjectCodec.encode(message, null);
        } catch (SchemeError e) {
            throw SchemeError.error("!: cannot send to " + to + " of another node: " + e.getMessage());
        }
        Peer p = PEERS.get(to.node);
        if (p == null) {
            return;
        }
        p.send(new Wire.Payload(Wire.SEND).longValue(to.id).blob(bytes).frame());
    }

    @Override
    public void forward(Pid to, String node, Object message) {
        Peer p = PEERS.get(node);
        if (p == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = ObjectCodec.encode(message, null);
        } catch (SchemeError e) {
            warn("a message to " + to + " could not follow it to the node at " + describe(p) + ": " + e.getMessage());
            return;
        }
        p.send(new Wire.Payload(Wire.SEND_TO).text(to.node).longValue(to.id).blob(bytes).frame());
    }

    @Override
    public void terminate(Pid remote) {
        Peer p = PEERS.get(remote.node);
        if (p != null) {
            p.send(new Wire.Payload(Wire.TERMINATE).longValue(remote.id).frame());
        }
    }

    @Override
    public void link(Process local, Pid remote) {
        if (!addLink(local, remote)) {
            return;
        }
        Peer p = PEERS.get(remote.node);
        if (p == null || (!p.isConnected() && !p.isConnecting() && p.address.isEmpty())) {
            local.removeRemoteLink(remote);
            Processes.signal(local, new TermiteException(remote, NOCONNECTION, null));
            return;
        }
        p.send(new Wire.Payload(Wire.LINK).longValue(local.pid.id).longValue(remote.id).frame());
    }

    @Override
    public void unlink(Process local, Pid remote) {
        local.removeRemoteLink(remote);
        Peer p = PEERS.get(remote.node);
        if (p != null) {
            p.send(new Wire.Payload(Wire.UNLINK).longValue(local.pid.id).longValue(remote.id).frame());
        }
    }

    @Override
    public Tag monitor(Process watcher, Pid target) {
        Tag ref = Tag.fresh();
        Peer p = PEERS.get(target.node);
        if (p == null || (!p.isConnected() && !p.isConnecting() && p.address.isEmpty())) {
            Processes.deliver(watcher, Pair.list(DOWN, ref, target, NOCONNECTION));
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
        Peer p = PEERS.get(w.target().node);
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
            Peer peer = PEERS.get(remote.node);
            if (peer != null && reason != Processes.NORMAL) {
                peer.send(new Wire.Payload(Wire.EXIT).longValue(p.pid.id).longValue(remote.id).text(reason.name).frame());
            } else if (peer != null) {
                peer.send(new Wire.Payload(Wire.UNLINK).longValue(p.pid.id).longValue(remote.id).frame());
            }
        }
        for (Map.Entry<Tag, Pid> w : remoteWatchers.entrySet()) {
            Peer peer = PEERS.get(w.getValue().node);
            if (peer != null) {
                peer.send(down(w.getKey(), p.pid.id, w.getValue().id, reason));
            }
        }
    }

    @Override
    public String addressOf(String node) {
        if (node.equals(localId())) {
            return localAddress();
        }
        Peer p = PEERS.get(node);
        return p == null ? "" : p.address;
    }

    @Override
    public void learn(String node, String address) {
        peer(node, address);
    }
}
