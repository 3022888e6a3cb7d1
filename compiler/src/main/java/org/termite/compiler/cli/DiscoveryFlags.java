package org.termite.compiler.cli;

import picocli.CommandLine.Option;

/**
 * The discovery flags that {@code termite node} and {@code termite run} share. They set the system properties that
 * {@code node-init} reads, so a program's own {@code node-init} looks for other nodes as the command line says.
 */
final class DiscoveryFlags {
    @Option(names = "--discover", description = "Find other nodes of this system by UDP multicast beacons once the "
            + "node listens.")
    boolean discover;

    @Option(names = "--broadcast", description = "Send and hear the beacons by UDP broadcast instead (implies "
            + "--discover), where multicast does not reach.")
    boolean broadcast;

    @Option(names = "--seeds", paramLabel = "HOST:PORT,...", description = "Nodes to connect to, tried again while "
            + "not connected.")
    String seeds;

    @Option(names = "--dns", paramLabel = "NAME[:PORT],...", description = "Names whose every address is a node "
            + "(a Kubernetes headless service), resolved again every 5 s; the port defaults to this node's.")
    String dns;

    @Option(names = "--cluster", paramLabel = "NAME", description = "The system's name in beacons: nodes hear only "
            + "beacons of their own (default termite).")
    String cluster;

    /** Checks the flags and sets the properties; false, with the error printed, when a flag is wrong. */
    boolean applyOrReport() {
        String wrongFlag = apply();
        if (wrongFlag != null) {
            System.err.println("error: " + wrongFlag);
            return false;
        }
        return true;
    }

    /** Checks the flags and sets the properties; an error message, or null. */
    private String apply() {
        if (discover || broadcast) {
            System.setProperty("termite.discovery", broadcast ? "broadcast" : "multicast");
        }
        if (seeds != null) {
            for (String s : seeds.split(",")) {
                if (!s.isBlank() && s.strip().lastIndexOf(':') <= 0) {
                    return "--seeds: expected HOST:PORT,..., got " + s.strip();
                }
            }
            System.setProperty("termite.discovery.seeds", seeds);
        }
        if (dns != null) {
            System.setProperty("termite.discovery.dns", dns);
        }
        if (cluster != null) {
            System.setProperty("termite.discovery.cluster", cluster);
        }
        return null;
    }
}
