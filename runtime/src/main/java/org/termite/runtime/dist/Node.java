package org.termite.runtime.dist;

/**
 * A node as Termite names it: the host and port where it listens ({@code make-node}). Two node values are equal
 * when they name the same address.
 */
public record Node(String host, int port) implements org.termite.runtime.value.EqvByValue {
    /** "host:port", with an IPv6 host in brackets. */
    public String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Parses "host:port" or "[v6]:port" as {@link #address} writes it. */
    static Node parse(String address) {
        int colon = address.lastIndexOf(':');
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new Node(host, Integer.parseInt(address.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "#<node " + address() + ">";
    }
}
