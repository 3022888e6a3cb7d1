package org.termite.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

class PrimitiveIndexTest {
    @BeforeAll
    static void installPrimitives() {
        Primitives.install();
    }

    private static String indexText() throws IOException {
        try (InputStream in = PrimitiveIndex.class.getClassLoader().getResourceAsStream(PrimitiveIndex.RESOURCE)) {
            assertNotNull(in, "the build writes " + PrimitiveIndex.RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void index_saysWhatTheScanFinds() throws IOException {
        // Sets: the order of a class's methods under reflection differs from one JVM run to the next.
        Set<String> expected = Set.copyOf(PrimitiveIndex.lines(Primitives.scan()));
        assertEquals(expected, Set.copyOf(List.of(indexText().split("\n"))));
    }

    @Test
    void methods_throughTheIndex_areTheScansMethods() {
        Map<String, List<Method>> scan = Primitives.scan();
        for (Map.Entry<String, List<Method>> e : scan.entrySet()) {
            assertEquals(Set.copyOf(e.getValue()), Set.copyOf(Primitives.methods(e.getKey())), e.getKey());
        }
        assertEquals(List.of(), Primitives.methods("no-such-primitive"));
        assertEquals(scan.keySet(), Set.copyOf(Primitives.names()));
    }

    @Test
    void lazyPrimitive_callsItsMethodsOnFirstUse() {
        Procedure car = PrimitiveProcedure.lazy("car");
        assertEquals(1L, car.apply1(0, new Pair(1L, Nil.NIL)));
        Procedure plus = PrimitiveProcedure.lazy("+");
        assertEquals(10L, plus.applyN(0, new Object[] {1L, 2L, 3L, 4L}));
        assertEquals(6L, plus.apply3(0, 1L, 2L, 3L));
    }

    @Test
    void lazyPrimitive_wrongArgumentCount_isASchemeError() {
        Procedure car = PrimitiveProcedure.lazy("car");
        SchemeError e = assertThrows(SchemeError.class, () -> car.apply2(0, 1L, 2L));
        assertTrue(e.getMessage().contains("car"), e.getMessage());
    }
}
