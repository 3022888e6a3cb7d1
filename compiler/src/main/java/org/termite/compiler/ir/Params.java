package org.termite.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/** A procedure's parameters in order: required, optional, then the rest parameter if there is one. */
final class Params {
    private Params() {}

    static List<Var> of(List<Var> required, List<Var> optional, Var rest) {
        List<Var> out = new ArrayList<>(required);
        out.addAll(optional);
        if (rest != null) {
            out.add(rest);
        }
        return out;
    }
}
