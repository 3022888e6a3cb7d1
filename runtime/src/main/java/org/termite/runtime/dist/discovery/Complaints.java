package org.termite.runtime.dist.discovery;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reports bad datagrams once per sender address, with the reason, so that a flood of garbage costs one line of log
 * and not one per datagram. The set of senders already reported is bounded; past it one last line says that
 * further senders go unreported.
 */
public final class Complaints {
    private static final int MAX_SENDERS = 1024;
    private final Set<String> reported = new HashSet<>();
    private final Consumer<String> log;
    private boolean full;
    private long ignored;

    public Complaints(Consumer<String> log) {
        this.log = log;
    }

    /** A datagram from {@code sender} was refused for {@code reason}: says so if this sender has not been named yet. */
    public void complain(String sender, String reason) {
        String line = null;
        synchronized (this) {
            if (reported.contains(sender)) {
                ignored++;
                return;
            }
            if (reported.size() >= MAX_SENDERS) {
                ignored++;
                if (!full) {
                    full = true;
                    line = "discovery: more than " + MAX_SENDERS + " addresses sent bad datagrams; no more are named";
                }
            } else {
                reported.add(sender);
                line = "discovery: ignoring datagrams from " + sender + ": " + reason
                        + " (reported once for this address)";
            }
        }
        if (line != null) {
            log.accept(line);
        }
    }

    /** Bad datagrams not reported because their sender had been named already. */
    public synchronized long unreported() {
        return ignored;
    }
}
