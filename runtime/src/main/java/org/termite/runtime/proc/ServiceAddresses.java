package org.termite.runtime.proc;

import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;

/**
 * What {@code !} does with an address made by {@code (remote-service name node)} (a record of the library's
 * type termite-service-address): it hands the message to this node's service forwarder, a library process that
 * relays it to the named service on that node, in order, and drops it with a warning there when there is no
 * such service. So a send stays a non-blocking enqueue, as for a pid.
 */
final class ServiceAddresses {
    /** The record type's id, as the library's define-type declares it. */
    static final String TYPE_ID = "define-type:termite-service-address";
    /** The forwarder's pid, started by remote-service. */
    private static final Global FORWARDER = Globals.cell("%service-forwarder");

    private ServiceAddresses() {}

    static boolean isAddress(Object x) {
        return x instanceof Record r && TYPE_ID.equals(r.type.uid);
    }

    static void send(Object address, Object message) {
        if (!(FORWARDER.value instanceof Pid forwarder)) {
            throw SchemeError.error("!: the service forwarder is not running for", address);
        }
        Processes.send(forwarder, Pair.list(address, message));
    }
}
