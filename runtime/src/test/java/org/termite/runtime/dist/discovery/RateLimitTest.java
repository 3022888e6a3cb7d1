package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static int admitted(RateLimit r, String sender, int tries, long now) {
        int n = 0;
        for (int i = 0; i < tries; i++) {
            if (r.admit(sender, now)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void admit_floodFromOneSender_isCutToItsBurst() {
        RateLimit r = new RateLimit(10, 1000, 0);
        assertEquals(20, admitted(r, "a", 10_000, 0));
        assertEquals(10, admitted(r, "a", 10_000, 1_000_000_000L), "one second later: one second's worth");
    }

    @Test
    void admit_otherSenders_keepTheirOwnBudget() {
        RateLimit r = new RateLimit(10, 1000, 0);
        admitted(r, "flood", 10_000, 0);
        assertEquals(20, admitted(r, "quiet", 100, 0));
    }

    @Test
    void admit_manySenders_areBoundedTogether() {
        RateLimit r = new RateLimit(10, 100, 0);
        int n = 0;
        for (int s = 0; s < 10_000; s++) {
            n += admitted(r, "s" + s, 1, 0);
        }
        assertTrue(n <= 200, n + " admitted");
    }
}
