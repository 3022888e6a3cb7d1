package org.termite.compiler.passes;

import org.termite.compiler.ir.Core;

/** The number of nodes of a core tree: a measure of the code it compiles to. */
final class CoreSize {
    private CoreSize() {}

    static int of(Core c) {
        if (c instanceof Core.LocalSet s) {
            return 1 + of(s.value());
        } else if (c instanceof Core.GlobalSet s) {
            return 1 + of(s.value());
        } else if (c instanceof Core.GlobalDef d) {
            return 1 + of(d.value());
        } else if (c instanceof Core.If i) {
            return 1 + of(i.test()) + of(i.then()) + of(i.otherwise());
        } else if (c instanceof Core.Lambda l) {
            return 1 + of(l.body());
        } else if (c instanceof Core.Seq s) {
            return 1 + sum(s.exprs());
        } else if (c instanceof Core.Call call) {
            return 1 + of(call.fn()) + sum(call.args());
        } else if (c instanceof Core.Let l) {
            return 1 + sum(l.inits()) + of(l.body());
        } else if (c instanceof Core.Letrec l) {
            int n = 1 + of(l.body());
            for (Core.Lambda lam : l.lambdas()) {
                n += of(lam);
            }
            return n;
        } else if (c instanceof Core.PrimCall p) {
            return 1 + sum(p.args());
        } else if (c instanceof Core.Apply a) {
            return 1 + of(a.fn()) + sum(a.args());
        } else if (c instanceof Core.MakeBox b) {
            return 1 + of(b.value());
        } else if (c instanceof Core.BoxSet b) {
            return 1 + of(b.value());
        }
        return 1;
    }

    private static int sum(java.util.List<Core> cs) {
        int n = 0;
        for (Core c : cs) {
            n += of(c);
        }
        return n;
    }
}
