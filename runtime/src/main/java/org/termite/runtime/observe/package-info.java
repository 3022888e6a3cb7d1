/**
 * The observer: a web page, served by the node itself, that shows the cluster live: the nodes this node knows and
 * their connections, each node's processes, message rates, a process's mailbox and backtrace on demand, the text
 * views a program registers, and (when allowed) terminating a process. Every node answers the observer's questions
 * through a few primitives ({@link org.termite.runtime.observe.SnapshotPrims}); the observing node asks the others
 * with the library's {@code on}, so the questions travel over the authenticated node protocol. It is served by the
 * JDK's own {@code com.sun.net.httpserver}, so observing adds no dependency to the runtime. It may use {@code value},
 * {@code exec}, {@code text}, {@code proc} (the process table) and {@code dist} (the nodes met, the shared secret);
 * {@code boot} lists its primitives. Never the compiler.
 */
package org.termite.runtime.observe;
