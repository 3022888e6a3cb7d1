package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {
    private static Beacon at(String id, long time) {
        return new Beacon("termite", id, "h:1", time, 0);
    }

    @Test
    void check_sameBeaconTwice_refusesTheCopy() {
        ReplayGuard g = new ReplayGuard(10_000);
        assertDoesNotThrow(() -> g.check(at("a", 1000), 1000));
        String why = assertThrows(Beacon.Rejected.class, () -> g.check(at("a", 1000), 1500)).getMessage();
        assertTrue(why.startsWith("replayed"), why);
    }

    @Test
    void check_laterBeacons_areAccepted() {
        ReplayGuard g = new ReplayGuard(10_000);
        assertDoesNotThrow(() -> g.check(at("a", 1000), 1000));
        assertDoesNotThrow(() -> g.check(at("a", 2000), 2000));
        assertDoesNotThrow(() -> g.check(at("b", 1500), 2000));
    }

    @Test
    void check_beaconOutsideTheWindow_isStale() {
        ReplayGuard g = new ReplayGuard(10_000);
        String old = assertThrows(Beacon.Rejected.class, () -> g.check(at("a", 1000), 12_000)).getMessage();
        assertTrue(old.contains("behind"), old);
        String ahead = assertThrows(Beacon.Rejected.class, () -> g.check(at("a", 30_000), 12_000)).getMessage();
        assertTrue(ahead.contains("ahead"), ahead);
    }
}
