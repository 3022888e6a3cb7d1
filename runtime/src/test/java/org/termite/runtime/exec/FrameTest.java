package org.termite.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A frame of one variable holds it in a field and resumes its procedure as a frame with an array does. */
class FrameTest {
    /** Resumes with its slots and the value, so a test sees what the frame handed over. */
    private static final Procedure RECORDING = new Procedure() {
        @Override
        public Object applyN(int d, Object[] args) {
            throw new AssertionError("not called");
        }

        @Override
        public Object resume(int point, Object[] slots, Object value) {
            return List.of(point, List.of(slots), value);
        }
    };

    @Test
    void oneVariableFrame_resumesWithAOneSlotArray_eachTimeAFreshOne() {
        Frame f = Frame.of1(RECORDING, 3, "x");
        assertEquals(List.of(3, List.of("x"), "v"), f.resume("v"));
        assertEquals(List.of(3, List.of("x"), "w"), f.resume("w"), "resumed again, as a continuation may be");
        assertEquals(f.resume("v"), Frame.of(RECORDING, 3, new Object[] {"x"}).resume("v"));
    }

    @Test
    void slots_readAndWrittenAlikeInBothKinds() {
        Frame one = Frame.of1(RECORDING, 0, "a");
        Frame three = Frame.of(RECORDING, 0, new Object[] {"a", "b", "c"});
        assertEquals(1, one.slotCount());
        assertEquals(3, three.slotCount());
        one.setSlot(0, "z");
        three.setSlot(2, "z");
        assertEquals("z", one.slot(0));
        assertArrayEquals(new Object[] {"a", "b", "z"}, new Object[] {three.slot(0), three.slot(1), three.slot(2)});
        assertThrows(IndexOutOfBoundsException.class, () -> one.slot(1));
        assertThrows(IndexOutOfBoundsException.class, () -> one.setSlot(1, "y"));
    }
}
