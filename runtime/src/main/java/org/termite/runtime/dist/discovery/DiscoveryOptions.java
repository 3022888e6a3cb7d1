package org.termite.runtime.dist.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * How a node looks for the others, from system properties ({@link #fromProperties}) or from {@code node-init}'s
 * settings. {@code mode} says whether beacons are sent and heard, and how; seeds and DNS names are used in any mode.
 *
 * @param mode        {@code multicast}, {@code broadcast}, or {@code off} (no beacons)
 * @param group       the multicast group, or the broadcast address ("" for the interface's own)
 * @param port        the UDP port beacons go to
 * @param iface       the network interface for beacons ("" to pick the one of the listening address)
 * @param cluster     the system's name: beacons of other names are ignored
 * @param intervalMillis a beacon is sent this often
 * @param missed      a node whose beacons stop for this many intervals is declared down
 * @param replayMillis a beacon older or newer than this, by this node's clock, is refused
 * @param seeds       addresses (host:port) to connect to
 * @param dns         names (name or name:port) whose addresses are nodes, re-resolved every {@code resolveMillis}
 */
public record DiscoveryOptions(String mode, String group, int port, String iface, String cluster, long intervalMillis,
        int missed, long replayMillis, List<String> seeds, List<String> dns, long resolveMillis) {

    public static final String MULTICAST = "multicast";
    public static final String BROADCAST = "broadcast";
    public static final String OFF = "off";
    public static final String DEFAULT_GROUP = "239.255.84.77";
    public static final int DEFAULT_PORT = 45892;

    public DiscoveryOptions {
        if (!mode.equals(MULTICAST) && !mode.equals(BROADCAST) && !mode.equals(OFF)) {
            throw new IllegalArgumentException("discovery mode must be multicast, broadcast or off, not " + mode);
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("discovery port must be between 1 and 65535, not " + port);
        }
        if (intervalMillis < 10 || missed < 1 || replayMillis < 100 || resolveMillis < 100) {
            throw new IllegalArgumentException("discovery intervals are too short");
        }
        seeds = List.copyOf(seeds);
        dns = List.copyOf(dns);
        for (String s : seeds) {
            if (s.lastIndexOf(':') <= 0) {
                throw new IllegalArgumentException("a seed must be host:port, not " + s);
            }
        }
    }

    /** Whether anything is to be done: beacons, seeds or names. */
    public boolean enabled() {
        return !mode.equals(OFF) || !seeds.isEmpty() || !dns.isEmpty();
    }

    /**
     * The options the system properties give: {@code termite.discovery} (the mode; "true" means multicast),
     * {@code termite.discovery.group}, {@code .port}, {@code .interface}, {@code .cluster}, {@code .interval.ms},
     * {@code .missed}, {@code .replay.ms}, {@code .seeds} and {@code .dns} (comma-separated), {@code .resolve.ms}.
     */
    public static DiscoveryOptions fromProperties() {
        String mode = System.getProperty("termite.discovery", OFF).strip();
        if (mode.equals("true") || mode.isEmpty()) {
            mode = MULTICAST;
        } else if (mode.equals("false")) {
            mode = OFF;
        }
        String group = prop("group", "");
        if (group.isEmpty() && mode.equals(MULTICAST)) {
            group = DEFAULT_GROUP;
        }
        return new DiscoveryOptions(mode, group, Integer.parseInt(prop("port", "" + DEFAULT_PORT)),
                prop("interface", ""), prop("cluster", "termite"), Long.parseLong(prop("interval.ms", "1000")),
                Integer.parseInt(prop("missed", "3")), Long.parseLong(prop("replay.ms", "10000")),
                list(prop("seeds", "")), list(prop("dns", "")), Long.parseLong(prop("resolve.ms", "5000")));
    }

    private static String prop(String name, String otherwise) {
        return System.getProperty("termite.discovery." + name, otherwise).strip();
    }

    /** "a, b,c" as [a, b, c]; "" as []. */
    public static List<String> list(String commaSeparated) {
        List<String> out = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public DiscoveryOptions withMode(String m) {
        String g = group.isEmpty() && m.equals(MULTICAST) ? DEFAULT_GROUP : group;
        return new DiscoveryOptions(m, g, port, iface, cluster, intervalMillis, missed, replayMillis, seeds, dns,
                resolveMillis);
    }

    public DiscoveryOptions withSeeds(List<String> s) {
        return new DiscoveryOptions(mode, group, port, iface, cluster, intervalMillis, missed, replayMillis, s, dns,
                resolveMillis);
    }

    public DiscoveryOptions withDns(List<String> d) {
        return new DiscoveryOptions(mode, group, port, iface, cluster, intervalMillis, missed, replayMillis, seeds, d,
                resolveMillis);
    }

    public DiscoveryOptions withCluster(String c) {
        return new DiscoveryOptions(mode, group, port, iface, c, intervalMillis, missed, replayMillis, seeds, dns,
                resolveMillis);
    }

    /** How long a node that sends beacons may stay silent before it is declared down. */
    public long silenceMillis() {
        return intervalMillis * missed + intervalMillis / 2;
    }
}
