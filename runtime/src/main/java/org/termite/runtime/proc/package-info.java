/**
 * Processes: the process, its mailbox, links and monitors, the scheduler and its workers, receive with patterns
 * and timeouts, timers, registered names and services, and migration of a process by its continuation. A process
 * is the {@link org.termite.runtime.exec.Owner} of its context.
 *
 * <p>May use: {@code value}, {@code exec}, {@code num}, {@code text}, {@code prims}, {@code io}, {@code serial}.
 * Messages to other nodes leave through {@link org.termite.runtime.proc.Remote}, which {@code dist} implements.
 */
package org.termite.runtime.proc;
