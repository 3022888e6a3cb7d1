package org.termite.runtime.observe;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.termite.runtime.dist.NodeDirectory;

/**
 * Who may see the page. On a loopback address anyone on this machine may, as anyone here may already connect a
 * node (the Host header must name the loopback too, so that a web page elsewhere cannot reach it through a DNS
 * name of its own). On any other address a request needs the token: an HMAC-SHA256 of a fixed label keyed by the
 * nodes' shared secret, so whoever holds the secret can compute it and the secret itself never appears. It is
 * given once in the URL ({@code ?token=...}), then kept in a cookie that scripts cannot read.
 */
final class Access {
    static final String COOKIE = "termite-observer";
    private final boolean loopback;
    private final String token;

    Access(InetAddress bound) throws IOException {
        // -Dtermite.observer.token=require: the token on loopback too, for a machine whose other users are not trusted
        this.loopback = bound.isLoopbackAddress() && !"require".equals(System.getProperty("termite.observer.token"));
        this.token = loopback ? "" : derive(NodeDirectory.secret());
    }

    static String derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal("termite observer token v1".getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                b.append(String.format("%02x", h[i] & 0xff));
            }
            return b.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    boolean needsToken() {
        return !loopback;
    }

    String token() {
        return token;
    }

    /** What the request may do: SEE, SET_COOKIE (a valid token in the URL), or DENY with a reason. */
    enum Verdict { SEE, SET_COOKIE, DENY }

    Verdict check(HttpExchange x) {
        if (loopback) {
            String host = x.getRequestHeaders().getFirst("Host");
            return host == null || loopbackHost(host) ? Verdict.SEE : Verdict.DENY;
        }
        String query = x.getRequestURI().getRawQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("token=") && same(part.substring(6))) {
                    return Verdict.SET_COOKIE;
                }
            }
        }
        String cookies = x.getRequestHeaders().getFirst("Cookie");
        if (cookies != null) {
            for (String c : cookies.split(";")) {
                String t = c.trim();
                if (t.startsWith(COOKIE + "=") && same(t.substring(COOKIE.length() + 1))) {
                    return Verdict.SEE;
                }
            }
        }
        return Verdict.DENY;
    }

    private boolean same(String given) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopbackHost(String host) {
        String h = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
    }
}
