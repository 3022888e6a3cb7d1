package org.termite.runtime.observe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The observer's HTTP side, on the JDK's own {@code com.sun.net.httpserver}: it is in every JDK 17, serves a few
 * small files and a stream well, and keeps the runtime free of a web framework. The page gets the cluster's
 * picture by Server-Sent Events, one a second, from one pushing thread (an open page holds no thread of the
 * server); a process's details and terminating it are plain requests answered through the poller process.
 */
final class ObserverServer {
    private static final int MAX_CLIENTS = 16;
    private static final long ANSWER_SECONDS = 8;
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "observer.js", "text/javascript; charset=utf-8",
            "observer.css", "text/css; charset=utf-8");

    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService pusher;
    private final Access access;
    private final Cluster cluster;
    private final Requests requests;
    private final boolean allowTerminate;
    private final Runnable wakePoller;
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    /** When the last page went away; the poller keeps asking for a few seconds after, for a page reloading. */
    private volatile long lastClientMillis;

    ObserverServer(InetSocketAddress at, Cluster cluster, Requests requests, boolean allowTerminate, Runnable wakePoller)
            throws IOException {
        this.http = HttpServer.create(at, 16);
        this.access = new Access(http.getAddress().getAddress());
        this.cluster = cluster;
        this.requests = requests;
        this.allowTerminate = allowTerminate;
        this.wakePoller = wakePoller;
        this.handlers = Executors.newFixedThreadPool(4, daemon("termite-observer-http"));
        this.pusher = Executors.newSingleThreadScheduledExecutor(daemon("termite-observer-push"));
        http.setExecutor(handlers);
        http.createContext("/", this::serve);
        http.start();
        pusher.scheduleWithFixedDelay(this::push, 1, 1, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    InetSocketAddress address() {
        return http.getAddress();
    }

    Access access() {
        return access;
    }

    /** Whether a page is open now, or was a moment ago: only then are the nodes asked for their pictures. */
    boolean watched() {
        return !clients.isEmpty() || System.currentTimeMillis() - lastClientMillis < 5_000;
    }

    void stop() {
        pusher.shutdownNow();
        for (OutputStream c : clients) {
            closeQuietly(c);
        }
        http.stop(0);
        handlers.shutdownNow();
    }

    private void serve(HttpExchange x) throws IOException {
        boolean keepOpen = false;
        try {
            Access.Verdict verdict = access.check(x);
            if (verdict == Access.Verdict.DENY) {
                reply(x, 403, "text/plain; charset=utf-8", access.needsToken()
                        ? "This observer needs its token: open the URL the node printed (it ends with ?token=...).\n"
                        : "This observer answers only to a loopback host name (localhost, 127.0.0.1, [::1]).\n");
                return;
            }
            if (verdict == Access.Verdict.SET_COOKIE) {
                x.getResponseHeaders().add("Set-Cookie", Access.COOKIE + "=" + access.token()
                        + "; Path=/; HttpOnly; SameSite=Strict");
                x.getResponseHeaders().add("Location", x.getRequestURI().getPath());
                x.sendResponseHeaders(303, -1);
                return;
            }
            String path = x.getRequestURI().getPath();
            switch (path) {
                case "/", "/index.html" -> file(x, "index.html");
                case "/observer.js", "/observer.css" -> file(x, path.substring(1));
                case "/events" -> keepOpen = events(x);
                case "/process" -> ask(x, "process");
                case "/terminate" -> terminate(x);
                default -> reply(x, 404, "text/plain; charset=utf-8", "no such page: " + path + "\n");
            }
        } finally {
            if (!keepOpen) {
                x.close();
            }
        }
    }

    private void file(HttpExchange x, String name) throws IOException {
        try (InputStream in = ObserverServer.class.getResourceAsStream(name)) {
            if (in == null) {
                reply(x, 500, "text/plain; charset=utf-8", "the observer's page is missing from the runtime: " + name + "\n");
                return;
            }
            byte[] body = in.readAllBytes();
            x.getResponseHeaders().add("Cache-Control", "no-cache");
            // the page loads nothing from elsewhere, and no other page may frame it
            x.getResponseHeaders().add("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
            reply(x, 200, TYPES.get(name), body);
        }
    }

    /** Holds the response open: the pushing thread writes to it until the page goes away. */
    private boolean events(HttpExchange x) throws IOException {
        if (clients.size() >= MAX_CLIENTS) {
            reply(x, 503, "text/plain; charset=utf-8", "too many open observer pages (" + MAX_CLIENTS + ")\n");
            return false;
        }
        x.getResponseHeaders().add("Content-Type", "text/event-stream");
        x.getResponseHeaders().add("Cache-Control", "no-cache");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        out.write(event(cluster.json(Cluster.selfKey(), allowTerminate)));
        out.flush();
        clients.add(out);
        wakePoller.run();
        return true;
    }

    private static byte[] event(String json) {
        return ("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private void push() {
        if (clients.isEmpty()) {
            return;
        }
        lastClientMillis = System.currentTimeMillis();
        byte[] e = event(cluster.json(Cluster.selfKey(), allowTerminate));
        for (OutputStream c : clients) {
            try {
                c.write(e);
                c.flush();
            } catch (IOException gone) {
                clients.remove(c);
                closeQuietly(c);
            }
        }
    }

    private static void closeQuietly(OutputStream c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // the page is gone already
        }
    }

    private void terminate(HttpExchange x) throws IOException {
        if (!allowTerminate) {
            reply(x, 403, "text/plain; charset=utf-8", "terminating processes is not enabled on this observer\n");
            return;
        }
        // A header a form on another site cannot send without asking first (CORS), so only this page terminates.
        if (!"POST".equals(x.getRequestMethod()) || !"1".equals(x.getRequestHeaders().getFirst("X-Termite-Observer"))) {
            reply(x, 400, "text/plain; charset=utf-8", "terminate: expected a POST from the observer's page\n");
            return;
        }
        ask(x, "terminate");
    }

    /** Asks a node through the poller and answers with its JSON, or an error after {@link #ANSWER_SECONDS}. */
    private void ask(HttpExchange x, String kind) throws IOException {
        Map<String, String> q = query(x);
        String node = q.getOrDefault("node", "");
        String key = q.getOrDefault("key", "");
        if (node.isEmpty() || key.isEmpty()) {
            reply(x, 400, "text/plain; charset=utf-8", kind + ": expected node= and key=\n");
            return;
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        Requests.Request r = requests.add(kind, node, key, answer);
        if (r == null) {
            reply(x, 503, "text/plain; charset=utf-8", kind + ": too many questions wait already\n");
            return;
        }
        wakePoller.run();
        try {
            reply(x, 200, "application/json", answer.get(ANSWER_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            requests.forget(r.id());
            reply(x, 504, "text/plain; charset=utf-8", kind + ": no answer from " + node + " within " + ANSWER_SECONDS + " s\n");
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            requests.forget(r.id());
            reply(x, 500, "text/plain; charset=utf-8", kind + ": " + e + "\n");
        }
    }

    private static Map<String, String> query(HttpExchange x) {
        Map<String, String> q = new HashMap<>();
        String raw = x.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void reply(HttpExchange x, int status, String type, String body) throws IOException {
        reply(x, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
    }
}
