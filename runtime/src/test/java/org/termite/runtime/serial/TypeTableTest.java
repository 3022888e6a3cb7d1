package org.termite.runtime.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.termite.runtime.value.Pair;

/** The extension point through which types defined outside the runtime's core (pids, tags) become serializable. */
class TypeTableTest {
    /** Stands for a pid: an immutable value compared by content. */
    record Token(String node, long id) {}

    static final class TokenSerializer extends ValueSerializer<Token> {
        @Override
        public void writeHeader(Encoding out, Token t) {
            out.text(t.node());
            out.output().writeVarLong(t.id(), true);
        }

        @Override
        public Token readHeader(Decoding in) {
            return new Token(in.text(), in.input().readVarLong(true));
        }

        @Override
        public boolean tracked(Token t) {
            return false;
        }
    }

    @Test
    void registeredType_roundTrips() {
        TypeTable.register(SerialFormat.LAST_EXTENSION, Token.class, new TokenSerializer());
        Object copy = ObjectCodecTest.roundTrip(Pair.list(new Token("node-a", 42)));
        assertEquals(new Token("node-a", 42), ((Pair) copy).car);
    }

    @Test
    void register_refusesIdsOutsideTheExtensionRange() {
        assertThrows(IllegalArgumentException.class,
                () -> TypeTable.register(SerialFormat.PAIR, Token.class, new TokenSerializer()));
        assertThrows(IllegalArgumentException.class,
                () -> TypeTable.register(SerialFormat.LAST_EXTENSION + 1, Token.class, new TokenSerializer()));
    }

    @Test
    void register_refusesAnIdTakenByAnotherType() {
        TypeTable.register(SerialFormat.LAST_EXTENSION, Token.class, new TokenSerializer());
        assertThrows(IllegalArgumentException.class,
                () -> TypeTable.register(SerialFormat.LAST_EXTENSION, Other.class, new OtherSerializer()));
    }

    record Other(long n) {}

    static final class OtherSerializer extends ValueSerializer<Other> {
        @Override
        public void writeHeader(Encoding out, Other o) {
            out.output().writeVarLong(o.n(), true);
        }

        @Override
        public Other readHeader(Decoding in) {
            return new Other(in.input().readVarLong(true));
        }
    }
}
