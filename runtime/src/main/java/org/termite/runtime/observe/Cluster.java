package org.termite.runtime.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.termite.runtime.dist.NodeDirectory;

/**
 * What the observing node knows of the cluster: the latest picture of each node, by address, and which nodes are
 * due to be asked again. The nodes are this one, those it has met, and those they have met (read from their
 * pictures), at most {@link #MAX_NODES}. A node that stops answering stays on the page, marked unreachable, for
 * {@link #FORGET_MILLIS}. Called by the poller process and the HTTP threads: every method is synchronized, and
 * each does a bounded amount of work.
 */
final class Cluster {
    static final int MAX_NODES = 32;
    private static final long PERIOD_MILLIS = 1000;
    /** An answer that has not come by then is given up (the rpc's own timeout is shorter). */
    private static final long OUTSTANDING_MILLIS = 10_000;
    private static final long FORGET_MILLIS = 300_000;
    private static final Pattern PEER_ADDRESS = Pattern.compile("\"address\":\"([^\"]*)\",\"connected\"");

    private static final class Entry {
        String picture;
        String problem = "";
        long askedAt;
        long answeredAt;
        boolean outstanding;
    }

    private final Map<String, Entry> nodes = new LinkedHashMap<>();

    /** The address under which this node is shown: where it listens, else its id. */
    static String selfKey() {
        String a = NodeDirectory.selfAddress();
        return a.isEmpty() ? NodeDirectory.selfId() : a;
    }

    /** The nodes to ask now (each marked as asked), this node first; the others as "host:port". */
    synchronized List<String> due() {
        long now = System.currentTimeMillis();
        refresh(now);
        List<String> due = new ArrayList<>();
        for (Map.Entry<String, Entry> e : nodes.entrySet()) {
            Entry n = e.getValue();
            boolean expired = n.outstanding && now - n.askedAt > OUTSTANDING_MILLIS;
            if ((!n.outstanding || expired) && now - n.askedAt >= PERIOD_MILLIS) {
                n.outstanding = true;
                n.askedAt = now;
                due.add(e.getKey());
            }
        }
        return due;
    }

    /** Adds the nodes met by this node and by the nodes pictured; forgets the long unreachable. */
    private void refresh(long now) {
        // this node shown under its id until it listens (node-init), under its address after
        nodes.keySet().removeIf(k -> k.equals(NodeDirectory.selfId()) && !k.equals(selfKey()));
        nodes.computeIfAbsent(selfKey(), k -> new Entry());
        for (NodeDirectory.Known k : NodeDirectory.peers()) {
            if (!k.address().isEmpty()) {
                add(k.address());
            }
        }
        for (Entry n : new ArrayList<>(nodes.values())) {
            if (n.picture != null) {
                Matcher m = PEER_ADDRESS.matcher(n.picture);
                while (m.find()) {
                    if (!m.group(1).isEmpty()) {
                        add(m.group(1));
                    }
                }
            }
        }
        nodes.entrySet().removeIf(e -> !e.getKey().equals(selfKey()) && !e.getValue().problem.isEmpty()
                && now - Math.max(e.getValue().answeredAt, e.getValue().askedAt - OUTSTANDING_MILLIS) > FORGET_MILLIS);
    }

    private void add(String address) {
        if (nodes.size() < MAX_NODES) {
            nodes.computeIfAbsent(address, k -> new Entry());
        }
    }

    synchronized void answered(String address, String picture) {
        Entry n = nodes.get(address);
        if (n != null) {
            n.picture = picture;
            n.problem = "";
            n.outstanding = false;
            n.answeredAt = System.currentTimeMillis();
        }
    }

    synchronized void failed(String address, String problem) {
        Entry n = nodes.get(address);
        if (n != null) {
            n.problem = problem.isEmpty() ? "no answer" : problem;
            n.outstanding = false;
        }
    }

    /** The whole cluster as JSON: for each node its address, its state and its latest picture. */
    synchronized String json(String observer, boolean allowTerminate) {
        long now = System.currentTimeMillis();
        StringBuilder b = new StringBuilder(16_384);
        b.append("{\"observer\":").append(Json.str(observer))
                .append(",\"allowTerminate\":").append(allowTerminate)
                .append(",\"time\":").append(now)
                .append(",\"nodes\":[");
        boolean first = true;
        for (Map.Entry<String, Entry> e : nodes.entrySet()) {
            Entry n = e.getValue();
            b.append(first ? "" : ",").append("{\"address\":").append(Json.str(e.getKey()))
                    .append(",\"self\":").append(e.getKey().equals(selfKey()))
                    .append(",\"problem\":").append(Json.str(n.problem))
                    .append(",\"age\":").append(n.answeredAt == 0 ? -1 : now - n.answeredAt)
                    .append(",\"picture\":").append(n.picture == null ? "null" : n.picture).append('}');
            first = false;
        }
        return b.append("]}").toString();
    }
}
