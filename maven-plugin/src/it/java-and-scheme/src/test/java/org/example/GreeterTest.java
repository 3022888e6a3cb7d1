package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.termite.embed.Termite;

/** Java calls Scheme, which calls Java again. */
class GreeterTest {
    @Test
    void schemeProcedure_calledFromJava_callsJavaBack() throws Exception {
        try (Termite termite = Termite.start()) {
            termite.load(Path.of("src/main/scheme/main.scm"));
            assertEquals("HELLO, JAVA!", termite.call("shout", "Java"));
        }
    }
}
