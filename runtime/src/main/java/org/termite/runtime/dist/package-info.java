/**
 * Nodes: the TCP (or TLS) protocol between them, the handshake with the shared secret, connections and their
 * queues, heartbeats, remote pids, monitors and links across nodes, migration between nodes, the exchange of
 * compiled code a node lacks, and the nodes known alive with their up and down events, found by discovery (its
 * sockets and checks of hostile datagrams are in {@code dist.discovery}, which uses the JDK only).
 *
 * <p>May use: every runtime package but {@code java} and {@code boot}.
 */
package org.termite.runtime.dist;
