package org.termite.runtime.dist.discovery;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds the work a flood of datagrams can cause: each sender address gets a bucket of {@code perSender} datagrams
 * a second (with a burst of twice that), and all senders together {@code total} a second. A datagram over either
 * bound is dropped before its proof is computed. The table of senders is bounded: when it is full it starts over,
 * which forgives everyone at once rather than growing without end.
 */
public final class RateLimit {
    private static final int MAX_SENDERS = 4096;
    private final double perSender;
    private final double total;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Bucket all;

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }

        boolean take(double rate, long now) {
            tokens = Math.min(2 * rate, tokens + (now - lastNanos) / 1e9 * rate);
            lastNanos = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    public RateLimit(double perSender, double total, long nowNanos) {
        this.perSender = perSender;
        this.total = total;
        this.all = new Bucket(2 * total, nowNanos);
    }

    /** Whether a datagram from {@code sender} may be looked at now; counts it if so. */
    public synchronized boolean admit(String sender, long nowNanos) {
        Bucket b = buckets.get(sender);
        if (b == null) {
            if (buckets.size() >= MAX_SENDERS) {
                buckets.clear();
            }
            b = new Bucket(2 * perSender, nowNanos);
            buckets.put(sender, b);
        }
        return b.take(perSender, nowNanos) && all.take(total, nowNanos);
    }
}
