package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.exec.LambdaMarker;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;

/**
 * A parsed parameter list: R7RS's {@code (a b . rest)} and {@code args}, and Gambit's {@code #!optional},
 * {@code #!rest} and {@code #!key} sections, where optional and key parameters may be {@code (name default)}.
 */
record LambdaList(List<Object> required, List<Param> optional, Object rest, List<Param> keys) {
    /** An optional or keyword parameter; {@code defaultForm} is null when none was given. */
    record Param(Object id, Object defaultForm) {}

    static LambdaList parse(Object formals, SourcePos pos) {
        List<Object> required = new ArrayList<>();
        List<Param> optional = new ArrayList<>();
        List<Param> keys = new ArrayList<>();
        Object rest = null;
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        LambdaMarker section = null;
        Object l = formals;
        for (; l instanceof Pair p; l = p.cdr) {
            Object x = p.car;
            if (x instanceof LambdaMarker m) {
                if (m == LambdaMarker.REST) {
                    if (!(p.cdr instanceof Pair r) || r.cdr != Nil.NIL || !Env.isIdentifier(r.car)) {
                        throw new CompileError(pos, "#!rest must be followed by exactly one parameter");
                    }
                    rest = check(r.car, seen, pos);
                    l = Nil.NIL;
                    break;
                }
                section = m;
                continue;
            }
            if (section == null) {
                required.add(check(x, seen, pos));
            } else {
                Object id = x;
                Object dflt = null;
                if (x instanceof Pair d) {
                    List<Object> parts = Syntax.list(d, pos, "parameter with a default");
                    if (parts.size() != 2) {
                        throw new CompileError(pos, "a parameter with a default must be (name default)");
                    }
                    id = parts.get(0);
                    dflt = parts.get(1);
                }
                Param param = new Param(check(id, seen, pos), dflt);
                (section == LambdaMarker.OPTIONAL ? optional : keys).add(param);
            }
        }
        if (l != Nil.NIL) {
            rest = check(l, seen, pos);
        }
        return new LambdaList(required, optional, rest, keys);
    }

    private static Object check(Object id, Map<Object, Boolean> seen, SourcePos pos) {
        if (!Env.isIdentifier(id)) {
            throw new CompileError(pos, "bad parameter: " + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(id))
                    + " is not an identifier");
        }
        if (seen.put(id, Boolean.TRUE) != null) {
            throw new CompileError(pos, "duplicate parameter: " + Env.symbolOf(id));
        }
        return id;
    }
}
