package org.termite.runtime.dist;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

/**
 * This node as the others see it: where it listens (once {@code node-init} has been called), its connections to
 * other nodes, made on demand and settled when two nodes dial each other at once, and what happens when one is
 * lost. What travels over the connections is in {@link Incoming} and {@link RemoteProcesses}.
 */
public final class Distribution {
    static final Symbol NOCONNECTION = Symbol.of("noconnection");

    private static final ConcurrentHashMap<String, Peer> PEERS = new ConcurrentHashMap<>();
    // Set by node-init, read by every connection thread.
    private static volatile Node self;
    // Set by node-init, closed by the thread that stops the node.
    private static volatile ServerSocket server;

    private Distribution() {}

    /** Makes pids of other nodes reachable; called when the runtime boots. */
    public static void install() {
        Processes.useRemote(RemoteProcesses.INSTANCE);
        org.termite.runtime.code.ShippedCode.install();
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

    /**
     * A node runs the library's lazy modules before it first talks to another: what other nodes send names the
     * library's definitions, record types and closure classes, and is decoded on the node's connection threads,
     * which should not be the ones to run a module's top level. Single-node programs keep the lighter start-up.
     */
    private static void runWholeLibrary() {
        org.termite.runtime.exec.LazyModules.runAll();
    }

    /** Starts listening at {@code node}'s address (port 0: any free one) and returns the node as reachable. */
    static synchronized Node init(Node node) {
        if (server != null) {
            throw SchemeError.error("node-init: this node already listens at " + self.address());
        }
        runWholeLibrary();
        try {
            InetAddress host = InetAddress.getByName(node.host());
            // a socket of a channel, so that accepted connections can be served without threads of their own
            ServerSocket s = java.nio.channels.ServerSocketChannel.open().socket();
            try {
                s.bind(new InetSocketAddress(host, node.port()));
            } catch (IOException e) {
                s.close();
                throw e;
            }
            server = s;
            self = new Node(node.host(), s.getLocalPort());
        } catch (IOException e) {
            throw SchemeError.error("node-init: cannot listen at " + node.address() + ":", MString.of(
                    String.valueOf(e.getMessage())));
        }
        warmUpSockets();
        Thread t = new Thread(Distribution::acceptLoop, "termite-node-listener");
        t.setDaemon(true);
        t.start();
        return self;
    }

    /**
     * Accepts connections until the listener is closed. A failed accept (no file descriptors left, say) is logged
     * and retried after a pause that doubles up to a second, so the node keeps listening once the shortage passes.
     */
    private static void acceptLoop() {
        ServerSocket listener = server;
        long pauseMillis = 0;
        while (!listener.isClosed()) {
            Socket s;
            try {
                s = listener.accept();
                pauseMillis = 0;
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
                pauseMillis = Math.min(1000, Math.max(10, pauseMillis * 2));
                failedAccepts++;
                if (System.nanoTime() - lastAcceptWarning > 10_000_000_000L) {
                    lastAcceptWarning = System.nanoTime();
                    warn("accepting a connection at " + localAddress() + " failed: " + reason(e) + "; trying again"
                            + " with pauses of up to a second (" + failedAccepts + " failures so far)");
                }
                sleep(pauseMillis);
                continue;
            }
            if (HANDSHAKING.incrementAndGet() > MAX_HANDSHAKING) {
                HANDSHAKING.decrementAndGet();
                closeQuietly(s);
                if (System.nanoTime() - lastCrowdWarning > 1_000_000_000L) {
                    lastCrowdWarning = System.nanoTime();
                    warn("refused a connection from " + s.getInetAddress().getHostAddress() + ": " + MAX_HANDSHAKING
                            + " connections are already in their handshake");
                }
                continue;
            }
            Thread t = new Thread(null, () -> {
                try {
                    admit(s);
                } finally {
                    HANDSHAKING.decrementAndGet();
                }
            }, "termite-node-handshake", 256 * 1024);
            t.setDaemon(true);
            t.start();
        }
    }

    private static long failedAccepts;
    private static long lastAcceptWarning = System.nanoTime() - 20_000_000_000L;

    /**
     * Opens and closes one loopback connection. The JDK initializes its socket closing code the first time a socket
     * is closed; if that first time comes when the process has no file descriptor left, the initialization fails
     * and no socket of this JVM can ever be closed again. Doing it at start-up keeps a shortage temporary.
     */
    private static void warmUpSockets() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket client = new Socket(InetAddress.getLoopbackAddress(), probe.getLocalPort());
                Socket accepted = probe.accept()) {
            client.setSoTimeout(1);
            try {
                client.getInputStream().read();
            } catch (java.net.SocketTimeoutException expected) {
                // nothing to read: the read path is initialized too
            }
        } catch (IOException e) {
            // no loopback: nothing to prepare
        }
    }

    /** Connections not yet authenticated: each costs a thread, so there are at most so many at once. */
    private static final int MAX_HANDSHAKING = Integer.getInteger("termite.handshakes.max", 64);
    private static final java.util.concurrent.atomic.AtomicInteger HANDSHAKING = new java.util.concurrent.atomic.AtomicInteger();
    // Read and written by every handshake thread; a lost update only repeats a warning.
    private static volatile long lastCrowdWarning;

    /** The whole handshake, however slowly its bytes come, takes at most this long. */
    static long handshakeMillis() {
        return Long.getLong("termite.handshake.ms", 10_000);
    }

    private static final java.util.concurrent.ScheduledExecutorService DEADLINES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "termite-handshake-deadline");
                t.setDaemon(true);
                return t;
            });

    /**
     * Closes {@code s} if the handshake is still going on when its deadline passes, after setting {@code passed}: a
     * read cut by the close may fail before the closing task has finished, while it still looks cancellable. Cancel
     * it once done.
     */
    private static java.util.concurrent.ScheduledFuture<?> deadline(Socket s,
            java.util.concurrent.atomic.AtomicBoolean passed) {
        return DEADLINES.schedule(() -> {
            passed.set(true);
            closeQuietly(s);
        }, handshakeMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static void admit(Socket s) {
        String from = s.getInetAddress().getHostAddress() + ":" + s.getPort();
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> deadline = deadline(s, late);
        Handshaking[] link = new Handshaking[1];
        Peer[] claimed = new Peer[1];
        try {
            s.setSoTimeout((int) handshakeMillis());
            s.setTcpNoDelay(true);
            link[0] = Handshaking.open(Tls.enabled() ? Tls.server(s, from) : s);
            Handshake.Peer who = Handshake.accept(link[0].in, link[0].out, localId(), localAddress(), from,
                    (id, address) -> {
                        if (id.equals(localId())) {
                            return "that is this node itself";
                        }
                        Peer p = known(id, address);
                        String refused = p.claimAccept(link[0], localId().compareTo(id) < 0);
                        if (refused == null) {
                            claimed[0] = p;
                        }
                        return refused;
                    });
            if (!deadline.cancel(false) || late.get()) {
                throw new IOException("the handshake took longer than " + handshakeMillis() + " ms");
            }
            peer(who.id(), who.address()).established(link[0]);
        } catch (IOException e) {
            if (claimed[0] != null) {
                claimed[0].unclaim(link[0]);
            }
            deadline.cancel(false);
            boolean timedOut = late.get();
            if (e instanceof Handshake.Failed f && (f.duplicate || f.otherNode || f.alreadyConnected)) {
                if (LOG_CONNECTIONS) {
                    warn("a connection from " + from + " was not kept: " + f.getMessage());
                }
            } else {
                String why = timedOut ? "the handshake took longer than " + handshakeMillis() + " ms"
                        : e instanceof java.io.EOFException
                                ? "it closed the connection during the handshake (a node with another shared secret?)"
                                : reason(e);
                warn("refused a connection from " + from + ": " + why);
            }
            closeQuietly(s);
        }
    }

    /** What went wrong, in words: the exception's message, or its kind when it has none. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return switch (e.getClass().getSimpleName()) {
                case "EOFException", "AsynchronousCloseException", "ClosedChannelException" -> "the connection was closed";
                case "SocketTimeoutException" -> "no answer in time";
                default -> e.getClass().getSimpleName();
            };
        }
        return m;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already failed
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- connecting

    /** The peer with this id, made with this address if it is new; a known peer's address is left as it is. */
    private static Peer known(String id, String address) {
        return PEERS.computeIfAbsent(id, k -> new Peer(id, address == null ? "" : address));
    }

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

    /**
     * Connects to a peer on behalf of {@link Peer#send}. A dial that loses to one coming the other way waits for
     * that one; if it does not come within the handshake's deadline, the dial is tried again, three times at most.
     */
    private static void connect(Peer peer) {
        try {
            for (int attempt = 1;; attempt++) {
                if (!peer.dialNeeded()) {
                    // another handshake connected meanwhile, or what was to go is gone
                    return;
                }
                try {
                    Handshake.Peer who = dial(peer.address, peer);
                    if (!who.id().equals(peer.id)) {
                        peer.failed("the node at " + peer.address + " is another node now");
                    }
                    return;
                } catch (Handshake.Failed e) {
                    if (!e.duplicate || attempt == 3) {
                        throw e;
                    }
                }
            }
        } catch (Handshake.Failed e) {
            if (e.alreadyConnected && peer.isConnected()) {
                return;
            }
            if (e.otherNode) {
                peer.retire();
                lost(peer, "the node at " + peer.address + " restarted: the processes of its earlier run are gone",
                        RemoteProcesses.NOPROC);
                return;
            }
            warn(e.getMessage());
            peer.failed(e.getMessage());
        } catch (IOException e) {
            warn("cannot connect to the node at " + peer.address + ": " + reason(e));
            peer.failed(reason(e));
        } finally {
            peer.diallingEnded();
        }
    }

    /**
     * Opens a connection to an address and completes the handshake; {@code expected} is the peer it should be.
     * Returns the peer reached once a connection with it is in use: this one, or one that another handshake made
     * meanwhile (see {@link Peer#claimDial}).
     */
    private static Handshake.Peer dial(String address, Peer expected) throws IOException {
        Node n = Node.parse(address);
        Socket s = java.nio.channels.SocketChannel.open().socket();
        Handshaking[] link = new Handshaking[1];
        Peer[] claimed = new Peer[1];
        String[] steppedBack = new String[1];
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(n.host(), n.port()), 10_000);
            s.setSoTimeout((int) handshakeMillis());
            java.util.concurrent.ScheduledFuture<?> deadline = deadline(s, new java.util.concurrent.atomic.AtomicBoolean());
            Handshake.Peer who;
            try {
                link[0] = Handshaking.open(Tls.enabled() ? Tls.client(s, n.host(), n.port()) : s);
                who = Handshake.initiate(link[0].in, link[0].out, localId(), localAddress(), address,
                        expected == null ? "" : expected.id, (id, at) -> {
                            if (id.equals(localId())) {
                                return null;
                            }
                            Peer p = known(id, address);
                            steppedBack[0] = p.claimDial(link[0], p == expected);
                            if (steppedBack[0] == null) {
                                claimed[0] = p;
                            }
                            return steppedBack[0];
                        });
            } finally {
                deadline.cancel(false);
            }
            peer(who.id(), address).established(link[0]);
            return who;
        } catch (Handshake.Failed f) {
            s.close();
            if (claimed[0] != null) {
                claimed[0].unclaim(link[0]);
            }
            if (LOG_CONNECTIONS) {
                warn("a dial of the node at " + address + " ended without a connection: " + f.getMessage());
            }
            if (f.peerId == null || !(f.alreadyConnected || f.duplicate)) {
                throw f;
            }
            Peer known = peer(f.peerId, null);
            // stepped back for a connection in use, or one not needed: done, not waiting for a connection that may
            // have closed since, or that nothing will make
            boolean done = Handshake.ALREADY_CONNECTED.equals(steppedBack[0])
                    || Handshake.NOT_NEEDED.equals(steppedBack[0]);
            if (!done && !known.awaitConnection(handshakeMillis(), known == expected)) {
                throw f;
            }
            // the connection in use serves this address too: made by another handshake, or reached under another name
            if (!address.equals(known.address)) {
                ALIASES.put(address, known.id);
            }
            return new Handshake.Peer(known.id, known.address);
        } catch (IOException e) {
            s.close();
            if (claimed[0] != null) {
                claimed[0].unclaim(link[0]);
            }
            throw e;
        }
    }

    /** Other names of connected nodes: an address under which a node was reached that is not the one it gives. */
    private static final ConcurrentHashMap<String, String> ALIASES = new ConcurrentHashMap<>();

    private static Peer connectedAt(String address) {
        String alias = ALIASES.get(address);
        Peer aliased = alias == null ? null : PEERS.get(alias);
        if (aliased != null && aliased.isConnected()) {
            return aliased;
        }
        for (Peer p : PEERS.values()) {
            if (address.equals(p.address) && p.isConnected()) {
                return p;
            }
        }
        return null;
    }

    /** The peer connected at this address (or under it as another name), or null. */
    static Peer connectedTo(String address) {
        return connectedAt(address);
    }

    /** The peer listening at {@code node}, connected; blocks, so callers run it off the scheduler threads. */
    static Peer reach(Node node) throws IOException {
        runWholeLibrary();
        String address = node.address();
        Peer connected = connectedAt(address);
        if (connected != null) {
            return connected;
        }
        for (int attempt = 1;; attempt++) {
            try {
                return PEERS.get(dial(address, null).id());
            } catch (Handshake.Failed e) {
                // a duplicate: another handshake with that node won and did not end in a connection; try again
                if (!e.duplicate || attempt == 3) {
                    throw e;
                }
                connected = connectedAt(address);
                if (connected != null) {
                    return connected;
                }
            }
        }
    }

    /** A peer is gone: what depended on it hears so. */
    static void lost(Peer peer, String why) {
        lost(peer, why, NOCONNECTION);
    }

    /** A peer is gone: links to its processes break and monitors of them fire, with {@code reason}. */
    static void lost(Peer peer, String why, Symbol reason) {
        Membership.lost(peer, reason);
        peer.code.lost();
        RemoteProcesses.lost(peer, why, reason);
        Migrations.lost(peer, why);
    }

    /** The peers met so far, connected or not. */
    static java.util.Collection<Peer> peersNow() {
        return java.util.List.copyOf(PEERS.values());
    }

    /** The peer with this node id, or null. */
    static Peer peerOf(String id) {
        return PEERS.get(id);
    }

    /** Where a node listens, "" if unknown. */
    static String addressOf(String node) {
        if (node.equals(localId())) {
            return localAddress();
        }
        Peer p = PEERS.get(node);
        return p == null ? "" : p.address;
    }

    /** Records where a node listens. */
    static void learn(String node, String address) {
        peer(node, address);
    }


    static String describe(Peer p) {
        return p.address.isEmpty() ? p.id : p.address;
    }

    static void warn(String message) {
        System.err.println("termite: " + message);
    }

    /**
     * Whether connections made, lost, closed as spare and dials stepping back are written to standard error
     * (system property {@code termite.nodes.log}): what to read when a node lost another and said nothing else.
     */
    private static final boolean LOG_CONNECTIONS = Boolean.getBoolean("termite.nodes.log");

    static boolean logsConnections() {
        return LOG_CONNECTIONS;
    }
}
