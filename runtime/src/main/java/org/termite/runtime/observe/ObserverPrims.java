package org.termite.runtime.observe;

import java.util.List;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.dist.Node;
import org.termite.runtime.dist.NodeDirectory;

/**
 * The observing node's side, for the library: starting and stopping the observer, and what its poller process
 * asks (which nodes are due, the page's questions) and tells (pictures, failures, answers).
 */
public final class ObserverPrims {
    private ObserverPrims() {}

    /** (%observer-start host port allow-terminate): the page's URL. */
    @Primitive("%observer-start")
    public static Object start(Object host, Object port, Object allowTerminate) {
        if (!(port instanceof Long p)) {
            throw SchemeError.wrongType("observer-start", "port number", port);
        }
        return MString.of(Observer.start(SnapshotPrims.text(host), p.intValue(), allowTerminate != Boolean.FALSE));
    }

    @Primitive("observer-stop")
    public static void stop() {
        Observer.stop();
    }

    /**
     * (%observer-due): the nodes to ask now, as (address . node) pairs, node #f for this one; none while no page is
     * open.
     */
    @Primitive("%observer-due")
    public static Object due() {
        Observer o = Observer.current();
        if (o == null || !o.server.watched()) {
            return Nil.NIL;
        }
        Object list = Nil.NIL;
        String self = Cluster.selfKey();
        List<String> due = o.cluster.due();
        for (int i = due.size() - 1; i >= 0; i--) {
            String address = due.get(i);
            Node n = address.equals(self) ? null : NodeDirectory.node(address);
            if (n != null || address.equals(self)) {
                list = new Pair(new Pair(MString.of(address), n == null ? Boolean.FALSE : n), list);
            } else {
                o.cluster.failed(address, "not an address of a node");
            }
        }
        return list;
    }

    /** (%observer-put! address answer): a picture (a string) or why there is none (anything else, written). */
    @Primitive("%observer-put!")
    public static void put(Object address, Object answer) {
        Observer o = Observer.current();
        if (o != null) {
            if (answer instanceof MString json) {
                o.cluster.answered(SnapshotPrims.text(address), json.toString());
            } else {
                o.cluster.failed(SnapshotPrims.text(address), SnapshotPrims.text(answer));
            }
        }
    }

    /** (%observer-take-requests): the page's questions, as (id kind node-address node key) lists. */
    @Primitive("%observer-take-requests")
    public static Object takeRequests() {
        Observer o = Observer.current();
        Object list = Nil.NIL;
        if (o == null) {
            return list;
        }
        String self = Cluster.selfKey();
        for (Requests.Request r : o.requests.take()) {
            Node n = r.node().equals(self) ? null : NodeDirectory.node(r.node());
            if (n == null && !r.node().equals(self)) {
                o.requests.answer(r.id(), "{\"error\":" + Json.str("not an address of a node: " + r.node()) + "}");
                continue;
            }
            list = new Pair(Pair.list(r.id(), Symbol.of(r.kind()), MString.of(r.node()),
                    n == null ? Boolean.FALSE : n, MString.of(r.key())), list);
        }
        return list;
    }

    /** (%observer-reply! id answer): a JSON string, or a reason for the failure, to the page that asked. */
    @Primitive("%observer-reply!")
    public static void reply(Object id, Object answer) {
        Observer o = Observer.current();
        if (o != null && id instanceof Long n) {
            String json = answer instanceof MString s ? s.toString()
                    : answer instanceof Boolean b ? "{\"terminated\":" + b + "}"
                    : "{\"error\":" + Json.str(SnapshotPrims.text(answer)) + "}";
            o.requests.answer(n, json);
        }
    }
}
