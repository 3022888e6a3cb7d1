/**
 * Nodes: the TCP (or TLS) protocol between them, the handshake with the shared secret, connections and their
 * queues, heartbeats, remote pids, monitors and links across nodes, migration between nodes, and the exchange of
 * compiled code a node lacks.
 *
 * <p>May use: every runtime package but {@code java} and {@code boot}.
 */
package org.termite.runtime.dist;
