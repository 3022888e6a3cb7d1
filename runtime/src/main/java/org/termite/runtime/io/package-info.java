/**
 * Ports: textual and binary, string, file, console and TCP ports, the console's output lock and flusher, broken
 * pipes, and blocking I/O done off the scheduler threads while a process waits ({@link org.termite.runtime.io.Offload}).
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}, {@code text}, {@code prims}. A process that waits for
 * input parks through {@link org.termite.runtime.exec.Preemption#parkUntil}, so this package does not use {@code proc}.
 */
package org.termite.runtime.io;
