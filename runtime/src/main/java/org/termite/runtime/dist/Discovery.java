package org.termite.runtime.dist;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.termite.runtime.dist.discovery.Beacon;
import org.termite.runtime.dist.discovery.BeaconChannel;
import org.termite.runtime.dist.discovery.Candidates;
import org.termite.runtime.dist.discovery.DiscoveryOptions;

/**
 * Nodes that find each other, and the nodes known alive, for Scheme ({@code nodes}, {@code monitor-nodes}) and for
 * Java callers: {@link #knownNodes()} and {@link #addListener}.
 *
 * <p>Once this node listens, it sends a beacon every interval and connects to every node of its system whose
 * beacon it hears and to which it has no connection yet; it also connects to its seeds and to the addresses of its
 * DNS names, tried again every resolve interval. A node is known alive while its connection stands: the beacon only
 * brings the nodes together, and the handshake, which needs the shared secret, decides. A node whose beacons stop
 * for the missed count of intervals is disconnected, and so declared down, sooner than the connection's own dead
 * interval would.
 */
public final class Discovery {
    private static volatile Discovery running;

    private final DiscoveryOptions options;
    private final Node self;
    private final BeaconChannel beacons;
    private final Candidates candidates;
    private final ScheduledExecutorService timer;
    private final ExecutorService dialler;
    /** When the last beacon of each node heard was received (nanoTime), by node id. */
    private final Map<String, Long> lastBeacon = new ConcurrentHashMap<>();
    private final Set<String> dialling = ConcurrentHashMap.newKeySet();
    /** Addresses that could not be reached, each said once until reached again. */
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();

    private Discovery(DiscoveryOptions options, Node self) throws IOException {
        this.options = options;
        this.self = self;
        this.candidates = new Candidates(options.seeds(), options.dns());
        InetAddress listening = InetAddress.getByName(self.host());
        this.beacons = options.mode().equals(DiscoveryOptions.OFF) ? null
                : new BeaconChannel(options, listening, beaconKey(), Distribution::warn);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "termite-discovery"));
        this.dialler = Executors.newFixedThreadPool(2, r -> daemon(r, "termite-discovery-dial"));
    }

    private static byte[] beaconKey() throws IOException {
        return Beacon.key(Cookie.secret());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(null, r, name, 256 * 1024);
        t.setDaemon(true);
        return t;
    }

    // ---------------------------------------------------------------- the API for Java and Scheme

    /** The other nodes known alive now: those this node is connected to. */
    public static List<Node> knownNodes() {
        return Membership.nodes();
    }

    /** {@code l} hears of every node that comes up or goes down from now on. */
    public static void addListener(NodeListener l) {
        Membership.addListener(l);
    }

    public static void removeListener(NodeListener l) {
        Membership.removeListener(l);
    }

    /** Whether this node is looking for others (beacons, seeds or names). */
    public static boolean isRunning() {
        return running != null;
    }

    /**
     * Starts looking for other nodes as {@code options} say, once this node listens; does nothing if the options ask
     * for nothing. Raises {@link IOException} if the beacon socket cannot be opened.
     */
    static synchronized void start(Node self, DiscoveryOptions options) throws IOException {
        if (!options.enabled() || running != null) {
            return;
        }
        Discovery d = new Discovery(options, self);
        running = d;
        d.begin();
    }

    private void begin() {
        if (beacons != null) {
            Thread t = daemon(() -> beacons.receive(Distribution.localId(), this::heard), "termite-discovery-beacons");
            t.start();
            long every = options.intervalMillis();
            timer.scheduleAtFixedRate(guarded(this::sendBeacon), 0, every, TimeUnit.MILLISECONDS);
            timer.scheduleAtFixedRate(guarded(this::declareSilent), every, Math.max(10, every / 4),
                    TimeUnit.MILLISECONDS);
        }
        if (!candidates.isEmpty()) {
            timer.scheduleWithFixedDelay(guarded(this::tryCandidates), 0, options.resolveMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** A periodic task that throws is never run again: say what went wrong and go on. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                Distribution.warn("discovery: internal error, going on: " + e);
            }
        };
    }

    // ---------------------------------------------------------------- beacons

    private void sendBeacon() {
        beacons.send(new Beacon(options.cluster(), Distribution.localId(), self.address(), System.currentTimeMillis(),
                ThreadLocalRandom.current().nextLong()));
    }

    /** A valid beacon of another node of this system: connect to it unless connected already. */
    private void heard(Beacon b, InetAddress from) {
        lastBeacon.put(b.nodeId(), System.nanoTime());
        if (Membership.isUp(b.nodeId())) {
            return;
        }
        Node n;
        try {
            n = Node.parse(b.address());
        } catch (RuntimeException e) {
            return;
        }
        String host = n.host();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            // a node listening on every address says so; it is reachable where its beacon came from
            n = new Node(from.getHostAddress(), n.port());
        }
        dial(n);
    }

    /** Nodes whose beacons stopped for the missed count of intervals are disconnected: they are down. */
    private void declareSilent() {
        long now = System.nanoTime();
        long silence = TimeUnit.MILLISECONDS.toNanos(options.silenceMillis());
        for (Map.Entry<String, Long> e : lastBeacon.entrySet()) {
            if (now - e.getValue() <= silence) {
                continue;
            }
            lastBeacon.remove(e.getKey(), e.getValue());
            Peer p = Distribution.peerOf(e.getKey());
            if (p != null && p.isConnected()) {
                Membership.downFor(p.id, Membership.NO_BEACON);
                p.disconnect("no beacon for " + options.silenceMillis() + " ms");
            }
        }
    }

    // ---------------------------------------------------------------- seeds and names

    private void tryCandidates() {
        Set<String> addresses = candidates.resolve(self.port(),
                (name, why) -> sayOnce("name " + name, "discovery: cannot use the name " + name + ": " + why));
        for (String a : addresses) {
            Node n;
            try {
                n = Node.parse(a);
            } catch (RuntimeException e) {
                sayOnce(a, "discovery: " + a + " is not host:port");
                continue;
            }
            if (!isSelf(n) && Distribution.connectedTo(n.address()) == null) {
                dial(n);
            }
        }
    }

    /** Whether {@code n} is this node: its own address, or one of this host's addresses with its port. */
    private boolean isSelf(Node n) {
        if (n.address().equals(self.address())) {
            return true;
        }
        if (n.port() != self.port()) {
            return false;
        }
        try {
            InetAddress a = InetAddress.getByName(n.host());
            InetAddress mine = InetAddress.getByName(self.host());
            if (a.equals(mine)) {
                return true;
            }
            return mine.isAnyLocalAddress() && (a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null);
        } catch (IOException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- connecting

    /** Connects to {@code n} off the caller's thread; one attempt per address at a time. */
    private void dial(Node n) {
        String address = n.address();
        if (!dialling.add(address)) {
            return;
        }
        dialler.execute(() -> {
            try {
                Distribution.reach(n);
                if (unreachable.remove(address)) {
                    Distribution.warn("discovery: reached the node at " + address);
                }
            } catch (IOException | RuntimeException e) {
                sayOnce(address, "discovery: cannot connect to the node at " + address + ": " + Distribution.reason(e));
            } finally {
                dialling.remove(address);
            }
        });
    }

    private void sayOnce(String key, String message) {
        if (unreachable.add(key)) {
            Distribution.warn(message);
        }
    }
}
