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
import java.util.concurrent.locks.ReentrantLock;
import org.termite.runtime.proc.IdleWait;
import org.termite.runtime.proc.Scheduler;

/**
 * The selector of every plain TCP connection of this node, served by the scheduler's threads rather than threads
 * of its own: an idle worker waits on it instead of sleeping, reads the connections with bytes in, dispatches their
 * frames (a message makes its receiver runnable on that same worker, which runs it next), and writes to those with
 * room again; when every worker is busy the scheduler's ticker handles what is ready every tick (2 ms). Whoever
 * serves it also sends heartbeats on idle connections and declares silent ones lost. One thread at a time serves
 * it, so each connection's frames are dispatched in order; a large message is decoded by another thread
 * ({@link Inbound}), so that it does not hold up the other connections.
 */
final class Poller implements IdleWait {
    private static volatile Poller instance;

    private final Selector selector;
    private final ReentrantLock serving = new ReentrantLock();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** The connections, for the heartbeat ticks; touched only while serving. */
    private final List<ChannelLink> links = new ArrayList<>();
    private final long heartbeat = TimeUnit.MILLISECONDS.toNanos(Distribution.heartbeatMillis());
    private final long dead = TimeUnit.MILLISECONDS.toNanos(Distribution.deadMillis());
    private final long tick = Math.max(1, Math.min(heartbeat, dead) / 4);
    private long nextTick = System.nanoTime() + tick;

    private Poller() throws IOException {
        selector = Selector.open();
    }

    /** The poller, made and handed to the scheduler with the first connection. */
    static Poller get() throws IOException {
        Poller p = instance;
        if (p == null) {
            synchronized (Poller.class) {
                p = instance;
                if (p == null) {
                    p = new Poller();
                    instance = p;
                    Scheduler.get().useIdleWait(p);
                }
            }
        }
        return p;
    }

    /** Serves {@code link} from now on; it hears {@link ChannelLink#registered} while the poller is served. */
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

    @Override
    public void wake() {
        selector.wakeup();
    }

    @Override
    public boolean await(long millis) {
        if (!serving.tryLock()) {
            return false;
        }
        try {
            serve(millis);
        } finally {
            serving.unlock();
        }
        return true;
    }

    @Override
    public void pollNow() {
        if (serving.tryLock()) {
            try {
                serve(0);
            } finally {
                serving.unlock();
            }
        }
    }

    /** Waits up to {@code millis} (0: not at all) for ready connections and handles them; holding the lock. */
    private void serve(long millis) {
        try {
            long untilTick = TimeUnit.NANOSECONDS.toMillis(nextTick - System.nanoTime());
            if (millis == 0 || !tasks.isEmpty()) {
                selector.selectNow();
            } else {
                selector.select(Math.max(1, Math.min(millis, untilTick)));
            }
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
