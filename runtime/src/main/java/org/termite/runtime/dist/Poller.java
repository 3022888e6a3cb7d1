package org.termite.runtime.dist;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One of a few threads that serve every plain TCP connection of this node ({@code termite.pollers}, default 2):
 * each waits on a selector for connections with bytes to read or room to write, reads them and dispatches the
 * frames, and every tick sends heartbeats on idle connections and declares silent ones lost. A connection is
 * served by one poller for its life, so its frames are dispatched in order by one thread. What a frame asks is
 * done on the poller (it never blocks: sends queue, and connecting goes to a thread of its own), so a frame that
 * takes long to decode (a large message) delays the other connections of its poller by as much.
 */
final class Poller implements Runnable {
    private static final int COUNT = Math.max(1, Integer.getInteger("termite.pollers", 2));
    private static volatile Poller[] all;
    private static final AtomicInteger TURN = new AtomicInteger();

    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** The poller's connections, for its ticks; its own thread's. */
    private final List<ChannelLink> links = new ArrayList<>();

    private Poller() throws IOException {
        selector = Selector.open();
    }

    /** The poller for a new connection: the pollers take connections in turn. They start with the first one. */
    static Poller next() throws IOException {
        Poller[] ps = all;
        if (ps == null) {
            ps = startAll();
        }
        return ps[Math.floorMod(TURN.getAndIncrement(), ps.length)];
    }

    private static synchronized Poller[] startAll() throws IOException {
        if (all == null) {
            Poller[] ps = new Poller[COUNT];
            for (int i = 0; i < COUNT; i++) {
                ps[i] = new Poller();
                Thread t = new Thread(null, ps[i], "termite-node-poller-" + i, 512 * 1024);
                t.setDaemon(true);
                t.start();
            }
            all = ps;
        }
        return all;
    }

    /** Serves {@code link} from now on; it hears {@link ChannelLink#registered} on this poller's thread. */
    void register(ChannelLink link, SocketChannel channel) {
        tasks.add(() -> {
            SelectionKey key;
            try {
                key = channel.register(selector, SelectionKey.OP_READ, link);
            } catch (ClosedChannelException e) {
                link.peer.lost(link, "closed");
                return;
            }
            links.add(link);
            link.registered(key);
        });
        selector.wakeup();
    }

    void wakeup() {
        selector.wakeup();
    }

    @Override
    public void run() {
        long heartbeat = TimeUnit.MILLISECONDS.toNanos(Distribution.heartbeatMillis());
        long dead = TimeUnit.MILLISECONDS.toNanos(Distribution.deadMillis());
        long tick = Math.max(1, Math.min(heartbeat, dead) / 4);
        long nextTick = System.nanoTime() + tick;
        for (;;) {
            try {
                selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextTick - System.nanoTime())));
            } catch (IOException e) {
                Distribution.warn("waiting for the connections of this node failed: " + Distribution.reason(e));
            }
            for (Runnable r = tasks.poll(); r != null; r = tasks.poll()) {
                r.run();
            }
            Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
            while (ready.hasNext()) {
                SelectionKey k = ready.next();
                ready.remove();
                ChannelLink link = (ChannelLink) k.attachment();
                try {
                    if (k.isValid() && k.isWritable()) {
                        link.writable();
                    }
                    if (k.isValid() && k.isReadable()) {
                        link.readable();
                    }
                } catch (RuntimeException e) {
                    link.peer.readFailed(link, e);
                }
            }
            long now = System.nanoTime();
            if (now - nextTick >= 0) {
                nextTick = now + tick;
                links.removeIf(l -> l.closed);
                for (ChannelLink l : new ArrayList<>(links)) {
                    if (!l.closed) {
                        l.tick(now, heartbeat, dead);
                    }
                }
            }
        }
    }
}
