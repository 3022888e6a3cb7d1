package org.termite.runtime.dist.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    @Test
    void resolve_seedsAsGiven_namesAsEveryAddress() {
        List<String> failures = new ArrayList<>();
        Set<String> got = new Candidates(List.of("seed.example:4000"), List.of("localhost:4100", "localhost"))
                .resolve(4200, (name, why) -> failures.add(name));
        assertTrue(got.contains("seed.example:4000"), got.toString());
        assertTrue(got.contains("127.0.0.1:4100"), got.toString());
        assertTrue(got.contains("127.0.0.1:4200"), "a name without a port takes this node's: " + got);
        assertEquals(List.of(), failures);
    }

    @Test
    void resolve_unknownName_isReportedAndSkipped() {
        List<String> failures = new ArrayList<>();
        Set<String> got = new Candidates(List.of(), List.of("no-such-host.invalid:4000", "localhost:x"))
                .resolve(4200, (name, why) -> failures.add(name + ": " + why));
        assertEquals(Set.of(), got);
        assertEquals(List.of("no-such-host.invalid:4000: it does not resolve", "localhost:x: the port is not a number"),
                failures);
    }
}
