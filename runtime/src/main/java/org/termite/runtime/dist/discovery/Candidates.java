package org.termite.runtime.dist.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The addresses of nodes that configuration names: the seeds as given (host:port), and every address each DNS name
 * resolves to now, with the name's port or else this node's own. A Kubernetes headless service is such a name: it
 * resolves to the addresses of the pods behind it, so it is resolved again at every round to follow them.
 */
public final class Candidates {
    private final List<String> seeds;
    private final List<String> names;

    public Candidates(List<String> seeds, List<String> names) {
        this.seeds = List.copyOf(seeds);
        this.names = List.copyOf(names);
    }

    public boolean isEmpty() {
        return seeds.isEmpty() && names.isEmpty();
    }

    /** Every address to try now. A name that does not resolve is passed to {@code failed} with the reason. */
    public Set<String> resolve(int ownPort, BiConsumer<String, String> failed) {
        Set<String> out = new LinkedHashSet<>(seeds);
        for (String name : names) {
            String host = name;
            int port = ownPort;
            int colon = name.lastIndexOf(':');
            if (colon > 0 && name.indexOf(':') == colon) {
                host = name.substring(0, colon);
                try {
                    port = Integer.parseInt(name.substring(colon + 1));
                } catch (NumberFormatException e) {
                    failed.accept(name, "the port is not a number");
                    continue;
                }
            }
            try {
                for (InetAddress a : InetAddress.getAllByName(host)) {
                    out.add(hostPort(a, port));
                }
            } catch (UnknownHostException e) {
                failed.accept(name, "it does not resolve");
            }
        }
        return out;
    }

    static String hostPort(InetAddress a, int port) {
        String h = a.getHostAddress();
        return (h.indexOf(':') >= 0 ? "[" + h + "]" : h) + ":" + port;
    }

    /** The seeds and names, for messages. */
    public List<String> describe() {
        List<String> all = new ArrayList<>(seeds);
        all.addAll(names);
        return all;
    }
}
