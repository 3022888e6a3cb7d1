package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A beacon socket on the loopback interface fed with hostile datagrams from other loopback addresses (127.0.0.2
 * and up): each is dropped, its sender is named once with the reason, and the socket goes on hearing good beacons.
 */
class BeaconChannelTest {
    private static final byte[] KEY = Beacon.key("channel-test".getBytes(StandardCharsets.UTF_8));
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final BlockingQueue<Beacon> heard = new LinkedBlockingQueue<>();
    private BeaconChannel channel;
    private int port;
    private Thread receiver;

    @BeforeEach
    void open() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DiscoveryOptions o = new DiscoveryOptions(DiscoveryOptions.BROADCAST, "127.0.0.1", port, "", "termite", 1000,
                3, 10_000, List.of(), List.of(), 5000);
        channel = new BeaconChannel(o, InetAddress.getLoopbackAddress(), KEY, log::add);
        receiver = new Thread(() -> channel.receive("me", (b, from) -> heard.add(b)), "beacon-test");
        receiver.setDaemon(true);
        receiver.start();
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
        receiver.join(5000);
    }

    private void send(String from, byte[] data) throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(from, 0))) {
            s.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), port));
        }
    }

    private static Beacon beacon(String id) {
        return new Beacon("termite", id, "127.0.0.9:4000", System.currentTimeMillis(), new Random().nextLong());
    }

    /**
     * Sends a good beacon from {@code from} and waits until it is heard: everything sent before was handled. It is
     * sent again every 200 ms (for at most 10 s), as a node does every interval: after a flood the socket's buffer
     * may be full and drop it.
     */
    private void goodBeaconIsHeard(String from, String id) throws Exception {
        Beacon b = null;
        for (int i = 0; i < 50 && b == null; i++) {
            send(from, beacon(id).encode(KEY));
            b = heard.poll(200, TimeUnit.MILLISECONDS);
        }
        assertNotNull(b, "the good beacon was not heard; log: " + log);
        assertEquals(id, b.nodeId());
    }

    private long linesNaming(String address) {
        synchronized (log) {
            return log.stream().filter(l -> l.contains("from " + address + ":")).count();
        }
    }

    @Test
    void receive_goodBeacon_isHeard_andOwnIsNot() throws Exception {
        send("127.0.0.1", beacon("me").encode(KEY));
        goodBeaconIsHeard("127.0.0.1", "other");
        assertTrue(heard.isEmpty());
        assertEquals(List.of(), log);
    }

    @Test
    void receive_wrongProofGarbageTruncatedOversized_areDroppedAndNamedOnce() throws Exception {
        byte[] good = beacon("x").encode(KEY);
        Random r = new Random(3);
        for (int i = 0; i < 20; i++) {
            send("127.0.0.2", beacon("x").encode(Beacon.key("wrong".getBytes(StandardCharsets.UTF_8))));
            byte[] garbage = new byte[r.nextInt(300)];
            r.nextBytes(garbage);
            send("127.0.0.2", garbage);
            send("127.0.0.2", java.util.Arrays.copyOf(good, r.nextInt(good.length)));
            send("127.0.0.2", new byte[Beacon.MAX_BYTES + 100]);
        }
        goodBeaconIsHeard("127.0.0.3", "good");
        assertTrue(heard.isEmpty(), "a bad datagram was taken for a beacon: " + heard);
        assertEquals(1, linesNaming("127.0.0.2"), log.toString());
        assertTrue(log.get(0).contains("wrong proof"), log.get(0));
        assertEquals(0, linesNaming("127.0.0.3"), log.toString());
        assertTrue(channel.unreported() >= 79, "unreported: " + channel.unreported());
    }

    @Test
    void receive_replayedBeacon_isHeardOnce() throws Exception {
        byte[] once = beacon("replayed").encode(KEY);
        send("127.0.0.4", once);
        send("127.0.0.4", once);
        send("127.0.0.4", once);
        Beacon first = heard.poll(10, TimeUnit.SECONDS);
        assertNotNull(first);
        assertEquals("replayed", first.nodeId());
        goodBeaconIsHeard("127.0.0.5", "after");
        assertTrue(heard.isEmpty(), "a copy was heard: " + heard);
        assertEquals(1, linesNaming("127.0.0.4"), log.toString());
        assertTrue(log.get(0).contains("replayed"), log.get(0));
    }

    @Test
    void receive_oldBeacon_isRefusedAsStale() throws Exception {
        Beacon old = new Beacon("termite", "old", "127.0.0.9:4000", System.currentTimeMillis() - 60_000, 1);
        send("127.0.0.6", old.encode(KEY));
        goodBeaconIsHeard("127.0.0.7", "fresh");
        assertTrue(heard.isEmpty());
        assertEquals(1, linesNaming("127.0.0.6"), log.toString());
        assertTrue(log.get(0).contains("stale"), log.get(0));
    }

    @Test
    void receive_flood_costsBoundedWork_andGoodBeaconsStillGetThrough() throws Exception {
        byte[] wrong = beacon("flood").encode(Beacon.key("wrong".getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress("127.0.0.8", 0))) {
            DatagramPacket p = new DatagramPacket(wrong, wrong.length, InetAddress.getLoopbackAddress(), port);
            for (int i = 0; i < 20_000 && System.nanoTime() - start < 10_000_000_000L; i++) {
                s.send(p);
            }
        }
        goodBeaconIsHeard("127.0.0.9", "survivor");
        double seconds = (System.nanoTime() - start) / 1e9;
        long bound = (long) (2 * BeaconChannel.PER_SENDER + BeaconChannel.PER_SENDER * seconds) + 1;
        assertTrue(channel.examined() <= bound + 1, channel.examined() + " datagrams read, bound " + bound);
        assertEquals(1, linesNaming("127.0.0.8"), log.toString());
    }
}
