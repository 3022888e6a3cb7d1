package org.termite.runtime.observe;

import java.io.IOException;
import org.termite.runtime.exec.Trampoline;
import java.net.InetSocketAddress;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.value.Pair;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;

/**
 * The observer of this node, at most one: its web server, what it knows of the cluster, and the poller process
 * (the library's {@code %observer-poll}) that asks the nodes for their pictures and the page's questions. Started
 * by {@code (observer-start ...)} or by {@code termite run|node --observe}.
 */
public final class Observer {
    private static final Symbol REQUESTS = Symbol.of("requests");
    private static Observer running;

    final Cluster cluster = new Cluster();
    final Requests requests = new Requests();
    final ObserverServer server;
    final boolean allowTerminate;
    private volatile Pid poller;

    private Observer(String host, int port, boolean allowTerminate) throws IOException {
        this.allowTerminate = allowTerminate;
        this.server = new ObserverServer(new InetSocketAddress(host, port), cluster, requests, allowTerminate, this::wake);
    }

    /**
     * Serves the page at host:port (port 0: any free one) and starts the poller; returns the page's URL, with the
     * token when one is needed. An error names the address when it cannot listen there.
     */
    public static synchronized String start(String host, int port, boolean allowTerminate) {
        if (running != null) {
            throw SchemeError.error("observer-start: the observer already serves at " + running.url());
        }
        if (port < 0 || port > 65535) {
            throw SchemeError.error("observer-start: expected a port from 0 to 65535, got " + port);
        }
        Observer o;
        try {
            o = new Observer(host, port, allowTerminate);
        } catch (IOException | RuntimeException e) {
            throw SchemeError.error("observer-start: cannot serve at " + host + ":" + port + ": " + e.getMessage());
        }
        Object body = Globals.lookup("%observer-poll");
        if (!(body instanceof Procedure poll)) {
            o.server.stop();
            throw SchemeError.error("observer-start: the library's %observer-poll is missing");
        }
        Scheduler s = Scheduler.get();
        Process p = s.create(k -> poll.apply0(Trampoline.baseDepth()), DynamicState.EMPTY, null);
        o.poller = p.pid;
        s.start(p);
        running = o;
        return o.url();
    }

    public static synchronized void stop() {
        if (running != null) {
            running.server.stop();
            if (running.poller != null) {
                Processes.send(running.poller, Pair.list(Symbol.of("stop")));
            }
            running = null;
        }
    }

    static synchronized Observer current() {
        return running;
    }

    String url() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().getHostAddress();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        String base = "http://" + host + ":" + a.getPort() + "/";
        return server.access().needsToken() ? base + "?token=" + server.access().token() : base;
    }

    /** Tells the poller that the page has asked something, so it need not wait for its next round. */
    private void wake() {
        Pid p = poller;
        if (p != null) {
            Processes.send(p, Pair.list(REQUESTS));
        }
    }
}
