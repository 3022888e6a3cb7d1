package org.termite.compiler.passes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.termite.compiler.ir.Core;
import org.termite.compiler.ir.FreshVars;
import org.termite.compiler.ir.Var;
import org.termite.runtime.exec.Global;

/**
 * convert-assignments: Core -> Core without {@link Core.LocalSet}.
 *
 * <p>A local that is ever assigned lives in a {@link org.termite.runtime.value.Box}: its binding stores a fresh box,
 * references read the box and assignments write it. Closures and captured frames copy variables' values, so
 * sharing a box is what lets them all see one assignment. Unassigned variables, the vast majority, stay plain.
 * An assigned parameter is rebound to a box at procedure entry; an assigned letrec variable turns its letrec
 * into boxes assigned in order.
 */
public final class ConvertAssignments extends CoreRewriter {
    /** What a letrec variable holds before its lambda is stored: the expander's marker for a variable read too early. */
    private static final Object UNASSIGNED = Global.UNBOUND;

    private final Set<Var> assigned;
    private final FreshVars fresh;

    private ConvertAssignments(Set<Var> assigned, FreshVars fresh) {
        this.assigned = assigned;
        this.fresh = fresh;
    }

    /** {@code fresh}: the compilation's supply, for the variables that receive an assigned parameter's value. */
    public static Core run(Core program, FreshVars fresh) {
        Set<Var> assigned = new HashSet<>();
        collect(program, assigned);
        boxLetrecGroups(program, assigned);
        return new ConvertAssignments(Collections.unmodifiableSet(assigned), fresh).rewrite(program);
    }

    private static void collect(Core c, Set<Var> out) {
        new CoreRewriter() {
            @Override
            Core rewrite(Core x) {
                if (x instanceof Core.LocalSet s) {
                    out.add(s.var());
                }
                return children(x);
            }
        }.rewrite(c);
    }

    /** A letrec group with one assigned variable is boxed whole: see {@link #letrecWithBoxes}. */
    private static void boxLetrecGroups(Core c, Set<Var> assigned) {
        new CoreRewriter() {
            @Override
            Core rewrite(Core x) {
                if (x instanceof Core.Letrec l && l.vars().stream().anyMatch(assigned::contains)) {
                    assigned.addAll(l.vars());
                }
                return children(x);
            }
        }.rewrite(c);
    }

    @Override
    Core rewrite(Core c) {
        if (c instanceof Core.LocalRef r && assigned.contains(r.var())) {
            return new Core.BoxRef(r.var(), r.pos());
        }
        if (c instanceof Core.LocalSet s) {
            return new Core.BoxSet(s.var(), rewrite(s.value()), s.pos());
        }
        if (c instanceof Core.Let l) {
            List<Core> inits = new ArrayList<>();
            for (int i = 0; i < l.vars().size(); i++) {
                Core init = rewrite(l.inits().get(i));
                inits.add(assigned.contains(l.vars().get(i)) ? new Core.MakeBox(init, init.pos()) : init);
            }
            return new Core.Let(l.vars(), inits, rewrite(l.body()), l.pos());
        }
        if (c instanceof Core.Lambda l) {
            return convertLambda(l);
        }
        if (c instanceof Core.Letrec l && l.vars().stream().anyMatch(assigned::contains)) {
            return letrecWithBoxes(l);
        }
        return children(c);
    }

    private Core convertLambda(Core.Lambda l) {
        List<Var> params = new ArrayList<>();
        params.addAll(l.required());
        params.addAll(l.optional());
        if (l.rest() != null) {
            params.add(l.rest());
        }
        Core body = rewrite(l.body());
        List<Var> boxed = new ArrayList<>();
        List<Core> boxes = new ArrayList<>();
        List<Var> renamedRequired = new ArrayList<>(l.required());
        List<Var> renamedOptional = new ArrayList<>(l.optional());
        Var rest = l.rest();
        for (Var p : params) {
            if (!assigned.contains(p)) {
                continue;
            }
            // The incoming value arrives in a fresh variable; the original name now denotes the box.
            Var incoming = fresh.fresh(p.name() + "$in");
            boxed.add(p);
            boxes.add(new Core.MakeBox(new Core.LocalRef(incoming, l.pos()), l.pos()));
            replace(renamedRequired, p, incoming);
            replace(renamedOptional, p, incoming);
            if (p.equals(rest)) {
                rest = incoming;
            }
        }
        if (!boxed.isEmpty()) {
            body = new Core.Let(boxed, boxes, body, l.pos());
        }
        return new Core.Lambda(renamedRequired, renamedOptional, rest, body, l.name(), l.pos());
    }

    private static void replace(List<Var> vars, Var from, Var to) {
        int i = vars.indexOf(from);
        if (i >= 0) {
            vars.set(i, to);
        }
    }

    private Core letrecWithBoxes(Core.Letrec l) {
        List<Core> inits = new ArrayList<>();
        List<Core> seq = new ArrayList<>();
        for (int i = 0; i < l.vars().size(); i++) {
            inits.add(new Core.MakeBox(new Core.Const(UNASSIGNED, l.pos()), l.pos()));
            seq.add(new Core.BoxSet(l.vars().get(i), convertLambda(l.lambdas().get(i)), l.pos()));
        }
        seq.add(rewrite(l.body()));
        return new Core.Let(l.vars(), inits, new Core.Seq(seq, l.pos()), l.pos());
    }
}
