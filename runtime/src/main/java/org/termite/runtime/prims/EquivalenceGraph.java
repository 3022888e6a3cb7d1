package org.termite.runtime.prims;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.termite.runtime.value.Pair;

/**
 * equal? for data that may share structure or contain cycles. Two nodes are equal when the trees they unfold
 * to are equal, so the comparison is a bisimulation check: nodes already assumed equal are merged in a
 * union-find over object identity, and meeting a pair of nodes from one class again ends that branch with
 * "equal". Every node is merged at most once, so the work is nearly linear in the size of the data, and the
 * pending comparisons live on a heap stack, so depth costs no JVM stack.
 */
final class EquivalenceGraph {
    private final Map<Object, Object> parent = new IdentityHashMap<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();

    private EquivalenceGraph() {}

    static boolean equal(Object a, Object b) {
        return new EquivalenceGraph().run(a, b);
    }

    private boolean run(Object a, Object b) {
        push(a, b);
        while (!pending.isEmpty()) {
            Object y = pending.pop();
            Object x = pending.pop();
            if (EquivalencePrims.isEqv(x, y)) {
                continue;
            }
            if (x instanceof Pair p) {
                if (!(y instanceof Pair q)) {
                    return false;
                }
                if (merge(p, q)) {
                    push(p.cdr, q.cdr);
                    push(p.car, q.car);
                }
            } else if (x instanceof Object[] v) {
                if (!(y instanceof Object[] w) || v.length != w.length) {
                    return false;
                }
                if (merge(v, w)) {
                    for (int i = v.length - 1; i >= 0; i--) {
                        push(v[i], w[i]);
                    }
                }
            } else if (!EquivalencePrims.leavesEqual(x, y)) {
                return false;
            }
        }
        return true;
    }

    private void push(Object x, Object y) {
        pending.push(x);
        pending.push(y);
    }

    /** Puts x and y in one class; false when they already were, so their comparison is already under way. */
    private boolean merge(Object x, Object y) {
        Object rx = find(x);
        Object ry = find(y);
        if (rx == ry) {
            return false;
        }
        parent.put(rx, ry);
        return true;
    }

    private Object find(Object x) {
        Object root = x;
        for (Object up = parent.get(root); up != null; up = parent.get(root)) {
            root = up;
        }
        while (x != root) {
            Object up = parent.put(x, root);
            x = up;
        }
        return root;
    }
}
