package org.termite.runtime.text;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
import org.termite.runtime.value.Pair;

/**
 * The datum labels of the outermost datum being read, and the tying of their knots. While {@code #n=datum}
 * is being read, each {@code #n#} inside it reads as the label's {@link Slot}; once the datum is complete,
 * {@link #patch} walks it and replaces every filled slot by its value. The walk keeps its own work list and
 * follows cdrs in a loop, so neither a long list nor the cycles it creates can exhaust the JVM stack.
 */
final class DatumLabels {
    /** The placeholder for one label; never visible outside the reader once the datum is patched. */
    static final class Slot {
        final int number;
        Object value;
        boolean filled;
        /** Set when {@code #n#} was read before the datum was complete, i.e. the datum needs patching. */
        boolean referenced;

        Slot(int number) {
            this.number = number;
        }
    }

    private final ReaderInput in;
    private final HashMap<Integer, Slot> slots = new HashMap<>();

    DatumLabels(ReaderInput in) {
        this.in = in;
    }

    /** Forgets the labels: their scope is one outermost datum. */
    void clear() {
        slots.clear();
    }

    /** The slot for {@code #n=} read at {@code pos}. */
    Slot define(int number, SourcePos pos) {
        if (slots.containsKey(number)) {
            throw in.error(pos, "datum label #" + number + "= defined twice");
        }
        Slot slot = new Slot(number);
        slots.put(number, slot);
        return slot;
    }

    /** What {@code #n#} read at {@code pos} stands for: the label's value, or its slot if still unfinished. */
    Object reference(int number, SourcePos pos) {
        Slot slot = slots.get(number);
        if (slot == null) {
            throw in.error(pos, "datum label #" + number + "# is not defined");
        }
        if (slot.filled) {
            return slot.value;
        }
        slot.referenced = true;
        return slot;
    }

    /** Gives the label its finished datum, read at {@code pos}, and ties the knots made inside it. */
    void fill(Slot slot, Object value, SourcePos pos) {
        if (value == slot) {
            throw in.error(pos, "datum label #" + slot.number + "= labels nothing but itself");
        }
        slot.value = value;
        slot.filled = true;
        if (slot.referenced) {
            patch(value);
        }
    }

    private static void patch(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object x = work.pop();
            while (x instanceof Pair p && seen.add(p)) {
                p.car = resolve(p.car);
                if (p.car instanceof Pair || p.car instanceof Object[]) {
                    work.push(p.car);
                }
                p.cdr = resolve(p.cdr);
                x = p.cdr;
            }
            if (x instanceof Object[] v && seen.add(v)) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = resolve(v[i]);
                    if (v[i] instanceof Pair || v[i] instanceof Object[]) {
                        work.push(v[i]);
                    }
                }
            }
        }
    }

    /** A label's value may itself be a slot ({@code #1=(#0=#1#)}), hence the loop. */
    private static Object resolve(Object x) {
        while (x instanceof Slot s && s.filled) {
            x = s.value;
        }
        return x;
    }
}
