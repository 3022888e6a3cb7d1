package org.termite.runtime.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * TCP connections, with Gambit's procedures and settings: {@code open-tcp-client} connects and returns a port for
 * the connection; {@code open-tcp-server} listens, and {@code read} on the server port accepts a connection.
 * Connecting and accepting park the calling process; so does reading a connection until its data has arrived.
 */
public final class TcpPrims {
    private static final Set<String> CLIENT_SETTINGS = Set.of("address", "port-number", "keep-alive", "coalesce");
    private static final Set<String> SERVER_SETTINGS = Set.of("local-address", "local-port-number", "backlog",
            "reuse-address", "keep-alive", "coalesce");

    private TcpPrims() {}

    /** (open-tcp-client port | "host:port" | settings): a port for a new connection. */
    @Primitive(value = "open-tcp-client", inline = false)
    public static Object openClient(Object spec) {
        String who = "open-tcp-client";
        Map<String, Object> s = settings(who, spec, "port-number", "address", CLIENT_SETTINGS);
        HostPort hp = hostPort(who, s.get("address"), "address");
        int port = hp.port >= 0 ? hp.port : portNumber(who, s.get("port-number"), "port-number");
        boolean keepAlive = flag(who, s, "keep-alive", false);
        boolean coalesce = flag(who, s, "coalesce", true);
        InetAddress host = resolve(who, hp.host, false);
        return Offload.run(() -> {
            Socket socket = new Socket();
            try {
                socket.setKeepAlive(keepAlive);
                socket.setTcpNoDelay(!coalesce);
                socket.connect(new InetSocketAddress(host, port));
                return new TcpPort(socket);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        }, e -> SchemeError.error(who + ": cannot connect to " + SocketInfo.of(host, port).text() + ":",
                MString.of(String.valueOf(e.getMessage()))));
    }

    /** (open-tcp-server port | "interface:port" | settings): a listening port; {@code read} accepts from it. */
    @Primitive("open-tcp-server")
    public static Object openServer(Object spec) {
        String who = "open-tcp-server";
        Map<String, Object> s = settings(who, spec, "local-port-number", "local-address", SERVER_SETTINGS);
        HostPort hp = hostPort(who, s.get("local-address"), "local-address");
        int port = hp.port >= 0 ? hp.port : portNumber(who, s.get("local-port-number"), "local-port-number");
        InetAddress host = resolve(who, hp.host, true);
        int backlog = s.containsKey("backlog") ? positive(who, s.get("backlog"), "backlog") : 128;
        boolean reuse = flag(who, s, "reuse-address", true);
        try {
            ServerSocket server = new ServerSocket();
            try {
                server.setReuseAddress(reuse);
                server.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port), backlog);
            } catch (IOException e) {
                server.close();
                throw e;
            }
            return new TcpServerPort(server);
        } catch (IOException e) {
            String where = (host == null ? "*" : host.getHostAddress()) + ":" + port;
            throw SchemeError.error(who + ": cannot listen on " + where + ":", MString.of(String.valueOf(e.getMessage())));
        }
    }

    @Primitive("tcp-server-socket-info")
    public static Object serverInfo(Object port) {
        if (port instanceof TcpServerPort s) {
            return SocketInfo.of(s.server.getInetAddress(), s.server.getLocalPort());
        }
        throw SchemeError.wrongType("tcp-server-socket-info", "tcp server port", port);
    }

    @Primitive("tcp-client-peer-socket-info")
    public static Object peerInfo(Object port) {
        Socket s = client("tcp-client-peer-socket-info", port);
        return SocketInfo.of(s.getInetAddress(), s.getPort());
    }

    @Primitive({"tcp-client-local-socket-info", "tcp-client-self-socket-info"})
    public static Object localInfo(Object port) {
        Socket s = client("tcp-client-local-socket-info", port);
        return SocketInfo.of(s.getLocalAddress(), s.getLocalPort());
    }

    @Primitive("socket-info?")
    public static boolean isSocketInfo(Object x) {
        return x instanceof SocketInfo;
    }

    /** The address as Gambit gives it: a u8vector of 4 bytes (IPv4) or 16 (IPv6). */
    @Primitive("socket-info-address")
    public static Object infoAddress(Object info) {
        return socketInfo("socket-info-address", info).address().getAddress();
    }

    @Primitive("socket-info-port-number")
    public static Object infoPort(Object info) {
        return (long) socketInfo("socket-info-port-number", info).port();
    }

    @Primitive("socket-info-family")
    public static Object infoFamily(Object info) {
        return Symbol.of(socketInfo("socket-info-family", info).address() instanceof java.net.Inet6Address ? "INET6" : "INET");
    }

    private static SocketInfo socketInfo(String who, Object x) {
        if (x instanceof SocketInfo i) {
            return i;
        }
        throw SchemeError.wrongType(who, "socket-info", x);
    }

    private static Socket client(String who, Object port) {
        if (port instanceof TcpPort t) {
            return t.socket;
        }
        throw SchemeError.wrongType(who, "tcp client port", port);
    }

    // ---------------------------------------------------------------- settings

    /**
     * Gambit's forms of the argument: a port number (the setting {@code numberKey}), a string (the setting
     * {@code addressKey}), or a list of keyword-value settings.
     */
    private static Map<String, Object> settings(String who, Object spec, String numberKey, String addressKey, Set<String> allowed) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (spec instanceof Long) {
            s.put(numberKey, spec);
            return s;
        }
        if (spec instanceof MString) {
            s.put(addressKey, spec);
            return s;
        }
        if (!(spec instanceof Pair) && spec != Nil.NIL) {
            throw SchemeError.wrongType(who, "port number, \"host:port\" string or list of settings", spec);
        }
        Object rest = spec;
        while (rest instanceof Pair p) {
            if (!(p.car instanceof Keyword k) || !(p.cdr instanceof Pair v)) {
                throw SchemeError.error(who + ": settings must be keyword-value pairs:", spec);
            }
            if (!allowed.contains(k.name)) {
                throw SchemeError.error(who + ": unsupported setting " + k + " (supported: "
                        + String.join(": ", allowed.stream().sorted().toList()) + ":)", spec);
            }
            s.put(k.name, v.car);
            rest = v.cdr;
        }
        if (rest != Nil.NIL) {
            throw SchemeError.error(who + ": settings must be a proper list:", spec);
        }
        return s;
    }

    private record HostPort(String host, int port) {}

    /** "host", "host:port", "[v6]:port", or absent (""). */
    private static HostPort hostPort(String who, Object address, String key) {
        if (address == null) {
            return new HostPort("", -1);
        }
        if (!(address instanceof MString m)) {
            throw SchemeError.wrongType(who, key + " string", address);
        }
        String a = m.toString();
        int colon = a.lastIndexOf(':');
        boolean bracketed = a.startsWith("[");
        if (colon < 0 || (!bracketed && a.indexOf(':') != colon)) {
            return new HostPort(a, -1);
        }
        if (bracketed && colon < a.indexOf(']')) {
            return new HostPort(a.substring(1, a.length() - 1), -1);
        }
        String host = a.substring(0, colon);
        if (bracketed) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            int port = Integer.parseInt(a.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new HostPort(host, port);
        } catch (NumberFormatException e) {
            throw SchemeError.error(who + ": bad port number in " + key + ":", address);
        }
    }

    /** "" is the loopback interface; on a server "*" is every interface (null). */
    private static InetAddress resolve(String who, String host, boolean server) {
        if (host.isEmpty()) {
            return InetAddress.getLoopbackAddress();
        }
        if (server && host.equals("*")) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw SchemeError.error(who + ": unknown host:", MString.of(host));
        }
    }

    private static int portNumber(String who, Object x, String key) {
        if (x == null) {
            throw SchemeError.error(who + ": no port number given (" + key + ":)");
        }
        if (x instanceof Long n && n >= 0 && n <= 65535) {
            return (int) (long) n;
        }
        throw SchemeError.wrongType(who, key + " between 0 and 65535", x);
    }

    private static int positive(String who, Object x, String key) {
        if (x instanceof Long n && n > 0 && n <= Integer.MAX_VALUE) {
            return (int) (long) n;
        }
        throw SchemeError.wrongType(who, key + " (a positive integer)", x);
    }

    private static boolean flag(String who, Map<String, Object> s, String key, boolean otherwise) {
        Object v = s.get(key);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw SchemeError.wrongType(who, key + " (#t or #f)", v);
    }
}
