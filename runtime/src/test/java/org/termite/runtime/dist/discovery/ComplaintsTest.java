package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintsTest {
    @Test
    void complain_sameSenderManyTimes_isLoggedOnceWithTheReason() {
        List<String> log = new ArrayList<>();
        Complaints c = new Complaints(log::add);
        for (int i = 0; i < 1000; i++) {
            c.complain("10.0.0.9", "wrong proof");
        }
        c.complain("10.0.0.8", "truncated beacon");
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.get(0).contains("10.0.0.9") && log.get(0).contains("wrong proof"), log.get(0));
        assertEquals(999, c.unreported());
    }

    @Test
    void complain_endlessNewSenders_endsWithOneLastLine() {
        List<String> log = new ArrayList<>();
        Complaints c = new Complaints(log::add);
        for (int i = 0; i < 5000; i++) {
            c.complain("s" + i, "garbage");
        }
        assertEquals(1025, log.size());
        assertTrue(log.get(1024).contains("no more are named"), log.get(1024));
    }
}
