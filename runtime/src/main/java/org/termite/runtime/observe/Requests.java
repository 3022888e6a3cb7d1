package org.termite.runtime.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Questions from the page to one node (a process's mailbox and backtrace, terminating a process), waiting for the
 * poller process to ask that node. The page's thread waits on the answer with a timeout; at most {@link #MAX}
 * questions wait at once.
 */
final class Requests {
    private static final int MAX = 32;

    /** kind: "process" or "terminate"; node: its address; key: the process. */
    record Request(long id, String kind, String node, String key) {}

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private final List<Request> queued = new ArrayList<>();

    /** A new question, or null when too many wait already. */
    synchronized Request add(String kind, String node, String key, CompletableFuture<String> answer) {
        if (waiting.size() >= MAX) {
            return null;
        }
        Request r = new Request(ids.incrementAndGet(), kind, node, key);
        waiting.put(r.id(), answer);
        queued.add(r);
        return r;
    }

    synchronized List<Request> take() {
        List<Request> all = new ArrayList<>(queued);
        queued.clear();
        return all;
    }

    void answer(long id, String json) {
        CompletableFuture<String> f = waiting.remove(id);
        if (f != null) {
            f.complete(json);
        }
    }

    /** The page stopped waiting: the answer, if it comes, is dropped. */
    void forget(long id) {
        waiting.remove(id);
    }
}
