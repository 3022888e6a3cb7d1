package org.termite.runtime.text;

import java.util.IdentityHashMap;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Record;

/**
 * Finds the pairs, vectors and records that need a datum label before a datum is printed.
 *
 * <p>Algorithm: a depth-first walk with an explicit stack (so a 100,000-element list costs heap, not JVM
 * stack) that colours each node: grey while its children are being walked, black after. In {@link
 * Printer.Labels#CYCLES} mode a node is labelled when an edge reaches it while it is grey: every cycle
 * contains such a back edge, so labelling its targets is enough for the printer to terminate, and acyclic
 * sharing stays unlabelled. In {@link Printer.Labels#SHARED} mode any node reached a second time is labelled.
 */
final class LabelScan {
    private static final Integer GREY = 0;
    private static final Integer BLACK = 1;
    private static final Object END = new Object();

    private final boolean shared;
    private final IdentityHashMap<Object, Integer> colour = new IdentityHashMap<>();
    private final IdentityHashMap<Object, Boolean> labelled = new IdentityHashMap<>();
    private Object[] nodes = new Object[32];
    private int[] next = new int[32];
    private int top;

    private LabelScan(boolean shared) {
        this.shared = shared;
    }

    /** The nodes of {@code root} to label, or null when none needs one (the common case). */
    static IdentityHashMap<Object, Boolean> scan(Object root, boolean shared) {
        if (!isNode(root)) {
            return null;
        }
        LabelScan s = new LabelScan(shared);
        s.walk(root);
        return s.labelled.isEmpty() ? null : s.labelled;
    }

    static boolean isNode(Object x) {
        return x instanceof Pair || x instanceof Object[] || x instanceof Record;
    }

    /**
     * Strings and bytevectors cannot be on a cycle, but write-shared labels them too when they occur twice, so
     * that reading the output back (as the compiler does for literals) keeps their sharing.
     */
    static boolean isSharedLeaf(Object x) {
        return x instanceof org.termite.runtime.value.MString || x instanceof byte[];
    }

    private void walk(Object root) {
        enter(root);
        while (top > 0) {
            Object node = nodes[top - 1];
            int i = next[top - 1]++;
            Object child = child(node, i);
            if (child == END) {
                colour.put(node, BLACK);
                nodes[--top] = null;
            } else if (isNode(child) || (shared && isSharedLeaf(child))) {
                Integer c = colour.get(child);
                if (c == null) {
                    enter(child);
                } else if (shared || c == GREY) {
                    labelled.put(child, Boolean.TRUE);
                }
            }
        }
    }

    private void enter(Object node) {
        colour.put(node, GREY);
        if (top == nodes.length) {
            nodes = java.util.Arrays.copyOf(nodes, top * 2);
            next = java.util.Arrays.copyOf(next, top * 2);
        }
        nodes[top] = node;
        next[top] = 0;
        top++;
    }

    /** The i-th child of a node, or END after the last. */
    private static Object child(Object node, int i) {
        if (node instanceof Pair p) {
            return i == 0 ? p.car : i == 1 ? p.cdr : END;
        }
        if (node instanceof Object[] v) {
            return i < v.length ? v[i] : END;
        }
        if (!(node instanceof Record r)) {
            return END;
        }
        Object[] fields = r.fields;
        return i < fields.length ? fields[i] : END;
    }
}
