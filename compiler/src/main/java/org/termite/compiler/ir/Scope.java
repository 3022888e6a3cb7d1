package org.termite.compiler.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The variables bound around a point of a tree being checked; bound and unbound as the walk enters and leaves. */
final class Scope {
    private final Map<Var, Integer> bound = new HashMap<>();

    void bind(Var v) {
        if (v != null) {
            bound.merge(v, 1, Integer::sum);
        }
    }

    void bindAll(List<Var> vs) {
        vs.forEach(this::bind);
    }

    void unbind(Var v) {
        if (v != null) {
            bound.computeIfPresent(v, (k, n) -> n == 1 ? null : n - 1);
        }
    }

    void unbindAll(List<Var> vs) {
        vs.forEach(this::unbind);
    }

    boolean contains(Var v) {
        return bound.containsKey(v);
    }
}
