package org.termite.runtime.proc;

import org.termite.runtime.serial.Decoding;
import org.termite.runtime.serial.Encoding;
import org.termite.runtime.serial.PendingTypes;
import org.termite.runtime.serial.SerialFormat;
import org.termite.runtime.serial.TypeTable;
import org.termite.runtime.serial.ValueSerializer;

/**
 * How a pid travels: its node's name, where that node listens, and its number. Decoded on its own node it is the live process's pid again
 * (so messages sent to it arrive); elsewhere, or after the process ended, it is a pid naming that process.
 */
public final class PidSerializer extends ValueSerializer<Pid> {
    public static final int ID = SerialFormat.FIRST_EXTENSION;

    private PidSerializer() {}

    /** Makes pids serializable; called when the runtime boots. */
    public static void register() {
        PendingTypes.register(new Registration());
    }

    /** A class rather than a lambda: start-up registers it, and a lambda would cost a class spun then. */
    private static final class Registration implements Runnable {
        @Override
        public void run() {
            TypeTable.register(ID, Pid.class, new PidSerializer());
        }
    }

    /** The node's name, where it listens ("" if unknown, so that a pid that travels on can still be reached), the number. */
    @Override
    public void writeHeader(Encoding out, Pid pid) {
        out.text(pid.node);
        Remote r = Processes.remote();
        out.text(r == null ? "" : r.addressOf(pid.node));
        out.output().writeVarLong(pid.id, true);
    }

    @Override
    public Pid readHeader(Decoding in) {
        String node = in.text();
        String address = in.text();
        long id = in.input().readVarLong(true);
        if (id <= 0) {
            throw in.malformed("process number " + id);
        }
        Remote r = Processes.remote();
        if (!address.isEmpty() && r != null && !node.equals(Scheduler.nodeName())) {
            r.learn(node, address);
        }
        Pid named = new Pid(node, id, null);
        Process live = Processes.byPid(named);
        return live != null ? live.pid : named;
    }

    /** Pids are compared by value, so a copy need not keep identity. */
    @Override
    public boolean tracked(Pid value) {
        return false;
    }

    @Override
    public boolean hasIdentity() {
        return false;
    }
}
