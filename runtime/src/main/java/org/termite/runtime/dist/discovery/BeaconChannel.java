package org.termite.runtime.dist.discovery;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Collections;
import java.util.function.Consumer;

/**
 * The UDP socket beacons go out of and come in by, on IPv4. It is bound to the beacon port on every address with
 * the address reusable, so several nodes of one host share the port and each hears every beacon. Multicast beacons
 * go out on one interface ({@code iface}, else the one holding the node's listening address, else the first
 * interface that is up and can multicast), with a time-to-live of 1: they stay on the local network. Broadcast
 * beacons go to the given address, else to the interface's broadcast address.
 *
 * <p>What comes in is checked in order of cost: the length, the sender's rate, the fields, the cluster name, the
 * proof, the replay window. A datagram that fails is dropped and its sender named once ({@link Complaints}).
 */
public final class BeaconChannel implements AutoCloseable {
    /** Given each beacon that passed every check, with the address it came from. */
    public interface Listener {
        void heard(Beacon beacon, InetAddress from);
    }

    private final DatagramChannel channel;
    private final SocketAddress target;
    private final String cluster;
    private final byte[] key;
    private final ReplayGuard replay;
    private final RateLimit rate;
    private final Complaints complaints;
    private final Consumer<String> log;
    private volatile boolean sendFailing;
    /** Datagrams that got past the rate limit, so cost a proof at most. */
    private final java.util.concurrent.atomic.AtomicLong examined = new java.util.concurrent.atomic.AtomicLong();

    /** Datagrams a second one sender may have looked at, and all senders together. */
    static final double PER_SENDER = 50;
    static final double TOTAL = 2000;

    public BeaconChannel(DiscoveryOptions o, InetAddress listening, byte[] key, Consumer<String> log)
            throws IOException {
        this.cluster = o.cluster();
        this.key = key;
        this.log = log;
        this.replay = new ReplayGuard(o.replayMillis());
        this.rate = new RateLimit(PER_SENDER, TOTAL, System.nanoTime());
        this.complaints = new Complaints(log);
        DatagramChannel c = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            c.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            c.bind(new InetSocketAddress(o.port()));
            NetworkInterface nif = pick(o.iface(), listening);
            if (o.mode().equals(DiscoveryOptions.MULTICAST)) {
                InetAddress group = InetAddress.getByName(o.group());
                if (!group.isMulticastAddress() || !(group instanceof Inet4Address)) {
                    throw new IOException(o.group() + " is not an IPv4 multicast group");
                }
                if (nif == null) {
                    throw new IOException("no network interface that is up and can multicast; name one with "
                            + "termite.discovery.interface, or use broadcast");
                }
                c.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
                c.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 1);
                c.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
                c.join(group, nif);
                target = new InetSocketAddress(group, o.port());
            } else {
                c.setOption(StandardSocketOptions.SO_BROADCAST, true);
                target = new InetSocketAddress(broadcastAddress(o.group(), nif), o.port());
            }
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        channel = c;
    }

    /** Where beacons go: a multicast group and port, or a broadcast address and port. */
    public SocketAddress target() {
        return target;
    }

    private static NetworkInterface pick(String name, InetAddress listening) throws IOException {
        if (!name.isEmpty()) {
            NetworkInterface n = NetworkInterface.getByName(name);
            if (n == null) {
                throw new IOException("no network interface named " + name);
            }
            return n;
        }
        if (listening != null && !listening.isAnyLocalAddress()) {
            NetworkInterface n = NetworkInterface.getByInetAddress(listening);
            if (n != null) {
                return n;
            }
        }
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (n.isUp() && n.supportsMulticast() && !n.isLoopback() && hasIpv4(n)) {
                return n;
            }
        }
        return null;
    }

    private static boolean hasIpv4(NetworkInterface n) {
        return n.getInterfaceAddresses().stream().anyMatch(a -> a.getAddress() instanceof Inet4Address);
    }

    private static InetAddress broadcastAddress(String given, NetworkInterface nif) throws IOException {
        if (!given.isEmpty()) {
            return InetAddress.getByName(given);
        }
        if (nif != null) {
            for (InterfaceAddress a : nif.getInterfaceAddresses()) {
                // an address configured without a broadcast address reports 0.0.0.0, which would mean this host
                if (a.getBroadcast() != null && !a.getBroadcast().isAnyLocalAddress()) {
                    return a.getBroadcast();
                }
            }
        }
        return InetAddress.getByName("255.255.255.255");
    }

    /** Sends one beacon; a failure is reported when it starts and when it ends, not at every beacon. */
    public void send(Beacon b) {
        try {
            channel.send(ByteBuffer.wrap(b.encode(key)), target);
            if (sendFailing) {
                sendFailing = false;
                log.accept("discovery: beacons go out again to " + target);
            }
        } catch (ClosedChannelException e) {
            // stopped
        } catch (IOException e) {
            if (!sendFailing) {
                sendFailing = true;
                log.accept("discovery: cannot send beacons to " + target + ": " + e.getMessage()
                        + " (trying again at every beacon)");
            }
        }
    }

    /** Receives until closed, giving {@code listener} every beacon that passes the checks, except {@code selfId}'s. */
    public void receive(String selfId, Listener listener) {
        ByteBuffer buf = ByteBuffer.allocate(Beacon.MAX_BYTES + 1);
        while (channel.isOpen()) {
            InetSocketAddress from;
            try {
                buf.clear();
                from = (InetSocketAddress) channel.receive(buf);
            } catch (IOException e) {
                if (!channel.isOpen()) {
                    return;
                }
                log.accept("discovery: receiving beacons failed: " + e.getMessage());
                pause();
                continue;
            }
            Beacon b = check(buf.array(), buf.position(), from.getAddress(), System.currentTimeMillis(),
                    System.nanoTime());
            if (b != null && !b.nodeId().equals(selfId)) {
                listener.heard(b, from.getAddress());
            }
        }
    }

    /** A beacon to act on, or null: the datagram was dropped (and its sender named once). */
    Beacon check(byte[] data, int length, InetAddress from, long nowMillis, long nowNanos) {
        String sender = from.getHostAddress();
        if (!rate.admit(sender, nowNanos)) {
            complaints.complain(sender, "more than " + (long) PER_SENDER + " datagrams a second");
            return null;
        }
        examined.incrementAndGet();
        try {
            Beacon b = Beacon.decode(data, length, cluster, key);
            replay.check(b, nowMillis);
            return b;
        } catch (Beacon.Rejected r) {
            if (!r.getMessage().startsWith(Beacon.OTHER_SYSTEM)) {
                complaints.complain(sender, r.getMessage());
            }
            return null;
        }
    }

    /** Datagrams that got past the rate limit and were read (for tests and statistics). */
    public long examined() {
        return examined.get();
    }

    /** Bad datagrams whose sender had been named already (for tests and statistics). */
    public long unreported() {
        return complaints.unreported();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
