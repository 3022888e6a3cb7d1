package org.termite.runtime.proc;

import java.util.Map;
import java.util.Set;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Tag;

/**
 * What the processes of this node need from distribution, which lives in a package of its own and installs itself
 * here when it starts ({@link Processes#useRemote}). Without it, a pid of another node can be held and compared but
 * not reached.
 */
public interface Remote {
    /** Sends to a process of another node; a message that cannot be serialized raises an error naming it. */
    void send(Pid to, Object message);

    /** Ends a process of another node, as terminate! ends a local one. */
    void terminate(Pid remote);

    /**
     * Sends on a message for a process that moved to {@code node}, with the number its birth node gave it
     * ({@link Resequencer}).
     */
    void forward(Pid to, String node, long seq, Object message);

    /** Links a local process with a process of another node, both ways. */
    void link(Process local, Pid remote);

    void unlink(Process local, Pid remote);

    /** Monitors a process of another node: a DOWN message comes when it ends or its node is lost. */
    Tag monitor(Process watcher, Pid target);

    /** True when the monitor was still in place (no DOWN for it will come). */
    boolean demonitor(Tag ref);

    /** Tells the other nodes that a local process ended: its remote links and remote watchers. */
    void exited(Process p, Symbol reason, Object value, Set<Pid> remoteLinks, Map<Tag, Pid> remoteWatchers);

    /** The listening address of a node ("host:port"), or "" when unknown; for pids that travel. */
    String addressOf(String node);

    /** Records where a node listens, learned from a pid that came from elsewhere. */
    void learn(String node, String address);
}
