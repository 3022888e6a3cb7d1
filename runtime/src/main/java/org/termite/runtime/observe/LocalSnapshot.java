package org.termite.runtime.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.termite.runtime.dist.NodeDirectory;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.ProcessTable;

/**
 * This node's picture as JSON: who it is, the nodes it has met and whether each connection is up, its processes
 * (the busiest first, at most {@link #SHOWN}), message rates since the previous picture, its memory, and the text of
 * the views the program registered. Built on the collector's thread only, so the rate bookkeeping needs no lock.
 */
final class LocalSnapshot {
    /** Processes looked at per picture, and shown: the work and the size of a picture stay bounded. */
    private static final int SCANNED = 20_000;
    private static final int SHOWN = 200;

    /** Messages received by each process at the previous picture, and when it was taken. */
    private static Map<Pid, Long> receivedBefore = new HashMap<>();
    private static long takenBefore = System.nanoTime();

    private LocalSnapshot() {}

    /**
     * {@code views}: name and text of each view, in the order given. Every process gets a glance (two counters);
     * only the {@link #SHOWN} busiest get a full row (their continuation walked, their links read).
     */
    static String build(List<String[]> views) {
        long now = System.nanoTime();
        double seconds = Math.max(0.001, (now - takenBefore) / 1e9);
        List<ProcessTable.Glance> glances = ProcessTable.glance(SCANNED);
        Map<Pid, Long> received = new HashMap<>(glances.size() * 2);
        Map<Process, Double> rate = new HashMap<>(glances.size() * 2);
        double total = 0;
        for (ProcessTable.Glance g : glances) {
            Pid pid = g.process().pid;
            received.put(pid, g.received());
            Long before = receivedBefore.get(pid);
            double perSecond = before == null ? 0 : Math.max(0, g.received() - before) / seconds;
            rate.put(g.process(), perSecond);
            total += perSecond;
        }
        receivedBefore = received;
        takenBefore = now;
        Comparator<ProcessTable.Glance> busiest = Comparator.<ProcessTable.Glance>comparingInt(g -> -g.mailbox())
                .thenComparingDouble(g -> -rate.get(g.process()))
                .thenComparingLong(g -> g.process().pid.id);
        List<ProcessTable.Glance> chosen = glances.size() <= SHOWN ? new ArrayList<>(glances)
                : glances.stream().sorted(busiest).limit(SHOWN).collect(java.util.stream.Collectors.toList());
        chosen.sort(busiest);
        List<ProcessTable.Row> shown = new ArrayList<>();
        for (ProcessTable.Glance g : chosen) {
            shown.add(ProcessTable.row(g.process()));
        }
        StringBuilder b = new StringBuilder(4096);
        String address = NodeDirectory.selfAddress();
        b.append("{\"address\":").append(Json.str(address.isEmpty() ? NodeDirectory.selfId() : address))
                .append(",\"id\":").append(Json.str(NodeDirectory.selfId()))
                .append(",\"time\":").append(System.currentTimeMillis())
                // the glances' count, so that it agrees with the rows (processes come and go meanwhile)
                .append(",\"processCount\":").append(glances.size() < SCANNED ? glances.size() : ProcessTable.count())
                .append(",\"messagesPerSecond\":").append(Json.num(total));
        Runtime rt = Runtime.getRuntime();
        b.append(",\"memory\":{\"used\":").append(rt.totalMemory() - rt.freeMemory())
                .append(",\"max\":").append(rt.maxMemory()).append('}');
        b.append(",\"peers\":[");
        boolean first = true;
        for (NodeDirectory.Known k : NodeDirectory.peers()) {
            b.append(first ? "" : ",").append("{\"id\":").append(Json.str(k.id()))
                    .append(",\"address\":").append(Json.str(k.address()))
                    .append(",\"connected\":").append(k.connected())
                    .append(",\"queued\":").append(k.queuedBytes()).append('}');
            first = false;
        }
        b.append("],\"processes\":[");
        first = true;
        for (int i = 0; i < shown.size(); i++) {
            ProcessTable.Row r = shown.get(i);
            b.append(first ? "" : ",").append("{\"key\":").append(Json.str(r.key()))
                    .append(",\"pid\":").append(Json.str(r.pid()))
                    .append(",\"name\":").append(Json.str(r.name()))
                    .append(",\"state\":").append(Json.str(r.state()))
                    .append(",\"mailbox\":").append(r.mailbox())
                    .append(",\"slices\":").append(r.slices())
                    .append(",\"received\":").append(r.received())
                    .append(",\"rate\":").append(Json.num(rate.get(chosen.get(i).process())))
                    .append(",\"links\":").append(Json.strings(r.links()))
                    .append(",\"monitoredBy\":").append(Json.strings(r.monitoredBy()))
                    .append(",\"procedure\":").append(Json.str(r.procedure()))
                    .append(",\"where\":").append(Json.str(r.where()))
                    .append(",\"bytes\":").append(r.bytes()).append('}');
            first = false;
        }
        b.append("],\"views\":[");
        first = true;
        for (String[] v : views) {
            b.append(first ? "" : ",").append("{\"name\":").append(Json.str(v[0]))
                    .append(",\"text\":").append(Json.str(v[1])).append('}');
            first = false;
        }
        // what the picture cost this node, so that the page (and a benchmark) can show it
        b.append("],\"buildMicros\":").append((System.nanoTime() - now) / 1000);
        return b.append('}').toString();
    }
}
