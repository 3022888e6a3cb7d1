package org.termite.runtime.dist.discovery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps an old beacon from being played again: a beacon is accepted only if its time is within the window of this
 * node's clock, and later than the last one accepted from the same node id. A copy of a beacon captured on the wire
 * is therefore useless at once to a node that heard the original, and useless to every node once the window has
 * passed. The ids remembered are bounded (the oldest forgotten first); a forgotten id's copy can do no more than
 * a fresh beacon within the window, which only ever leads to a handshake that needs the secret.
 */
public final class ReplayGuard {
    private static final int MAX_IDS = 4096;
    private final long windowMillis;
    private final Map<String, Long> lastTime = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_IDS;
        }
    };

    public ReplayGuard(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** Accepts {@code b} heard at {@code nowMillis}, or says why not. */
    public synchronized void check(Beacon b, long nowMillis) throws Beacon.Rejected {
        long skew = b.timeMillis() - nowMillis;
        if (Math.abs(skew) > windowMillis) {
            throw new Beacon.Rejected("stale or replayed beacon: its time is " + Math.abs(skew) + " ms "
                    + (skew < 0 ? "behind" : "ahead of") + " this node's clock (window " + windowMillis + " ms)");
        }
        Long last = lastTime.get(b.nodeId());
        if (last != null && b.timeMillis() <= last) {
            throw new Beacon.Rejected("replayed beacon: node " + b.nodeId() + " already sent one as late");
        }
        lastTime.put(b.nodeId(), b.timeMillis());
    }
}
