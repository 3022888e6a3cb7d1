package org.termite.compiler.ir;

import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.text.Printer;

/** Prints each IR as S-expressions: what --trace shows, what the code hash is computed from. */
public final class IrPrinter {
    private IrPrinter() {}

    public static String datums(List<Object> forms) {
        StringBuilder sb = new StringBuilder();
        for (Object f : forms) {
            sb.append(Printer.toWriteString(f)).append('\n');
        }
        return sb.toString();
    }

    public static String core(Core c) {
        if (c instanceof Core.Const k) {
            return "'" + Printer.toWriteString(k.value());
        } else if (c instanceof Core.LocalRef r) {
            return r.var().toString();
        } else if (c instanceof Core.GlobalRef g) {
            return g.name().name;
        } else if (c instanceof Core.LocalSet s) {
            return "(set! " + s.var() + " " + core(s.value()) + ")";
        } else if (c instanceof Core.GlobalSet s) {
            return "(set! " + s.name() + " " + core(s.value()) + ")";
        } else if (c instanceof Core.GlobalDef d) {
            return "(define " + d.name() + " " + core(d.value()) + ")";
        } else if (c instanceof Core.If i) {
            return "(if " + core(i.test()) + " " + core(i.then()) + " " + core(i.otherwise()) + ")";
        } else if (c instanceof Core.Lambda l) {
            return "(lambda " + formals(l.required(), l.optional(), l.rest()) + " " + core(l.body()) + ")";
        } else if (c instanceof Core.Seq s) {
            return "(begin " + join(s.exprs().stream().map(IrPrinter::core).toList()) + ")";
        } else if (c instanceof Core.Call call) {
            return "(" + core(call.fn()) + args(call.args()) + ")";
        } else if (c instanceof Core.Apply a) {
            return "(apply " + core(a.fn()) + args(a.args()) + ")";
        } else if (c instanceof Core.Let l) {
            List<String> bs = new ArrayList<>();
            for (int i = 0; i < l.vars().size(); i++) {
                bs.add("(" + l.vars().get(i) + " " + core(l.inits().get(i)) + ")");
            }
            return "(let (" + join(bs) + ") " + core(l.body()) + ")";
        } else if (c instanceof Core.Letrec l) {
            List<String> bs = new ArrayList<>();
            for (int i = 0; i < l.vars().size(); i++) {
                bs.add("(" + l.vars().get(i) + " " + core(l.lambdas().get(i)) + ")");
            }
            return "(letrec (" + join(bs) + ") " + core(l.body()) + ")";
        } else if (c instanceof Core.PrimCall p) {
            return "(%" + p.op() + args(p.args()) + ")";
        } else if (c instanceof Core.MakeBox b) {
            return "(make-box " + core(b.value()) + ")";
        } else if (c instanceof Core.BoxRef b) {
            return "(unbox " + b.box() + ")";
        } else if (c instanceof Core.BoxSet b) {
            return "(set-box! " + b.box() + " " + core(b.value()) + ")";
        }
        return c.toString();
    }

    private static String args(List<Core> args) {
        StringBuilder sb = new StringBuilder();
        for (Core a : args) {
            sb.append(' ').append(core(a));
        }
        return sb.toString();
    }

    private static String formals(List<Var> req, List<Var> opt, Var rest) {
        StringBuilder sb = new StringBuilder("(");
        sb.append(join(req.stream().map(Var::toString).toList()));
        if (!opt.isEmpty()) {
            sb.append(" #!optional ").append(join(opt.stream().map(Var::toString).toList()));
        }
        if (rest != null) {
            sb.append(" . ").append(rest);
        }
        return sb.append(")").toString();
    }

    private static String join(List<String> xs) {
        return String.join(" ", xs);
    }

    public static String anf(Anf.Lambda l) {
        return new AnfPrinter(Var::toString).lambda(l);
    }

    public static String anf(Anf a) {
        return new AnfPrinter(Var::toString).print(a);
    }

    /**
     * The printed form with variables renamed by order of first appearance: the same for the same code however
     * many other variables and macro temporaries the compilation made before it (the code hash reads this).
     */
    public static String canonical(Anf.Lambda l) {
        java.util.Map<Var, String> names = new java.util.HashMap<>();
        return new AnfPrinter(v -> names.computeIfAbsent(v, k -> "v" + names.size())).lambda(l);
    }

    private record AnfPrinter(java.util.function.Function<Var, String> names) {
        String lambda(Anf.Lambda l) {
            String free = l.free() == null ? "" : " (free " + vars(l.free()) + ")";
            String formals = "(" + vars(l.required()) + (l.optional().isEmpty() ? "" : " #!optional " + vars(l.optional()))
                    + (l.rest() == null ? "" : " . " + names.apply(l.rest())) + ")";
            return "(lambda " + l.name() + " " + formals + free + " " + print(l.body()) + ")";
        }

        private String vars(List<Var> vs) {
            return join(vs.stream().map(names).toList());
        }

        private String v(Var var) {
            return var == null ? "null" : names.apply(var);
        }

        String print(Anf a) {
            if (a instanceof Anf.Const k) {
                return "'" + Printer.toWriteString(k.value());
            } else if (a instanceof Anf.Local l) {
                return v(l.var());
            } else if (a instanceof Anf.Global g) {
                return g.name().name;
            } else if (a instanceof Anf.Prim p) {
                return "(%" + p.op() + " " + join(p.args().stream().map(this::print).toList()) + ")";
            } else if (a instanceof Anf.Closure c) {
                return lambda(c.lambda());
            } else if (a instanceof Anf.DefGlobal d) {
                return "(define " + d.name() + " " + print(d.value()) + ")";
            } else if (a instanceof Anf.SetGlobal s) {
                return "(set! " + s.name() + " " + print(s.value()) + ")";
            } else if (a instanceof Anf.MakeBox m) {
                return "(make-box " + print(m.value()) + ")";
            } else if (a instanceof Anf.BoxRef b) {
                return "(unbox " + v(b.box()) + ")";
            } else if (a instanceof Anf.BoxSet b) {
                return "(set-box! " + v(b.box()) + " " + print(b.value()) + ")";
            } else if (a instanceof Anf.If i) {
                return "(if " + print(i.test()) + "\n " + print(i.then()) + "\n " + print(i.otherwise()) + ")";
            } else if (a instanceof Anf.Let l) {
                return "(let ((" + v(l.var()) + " " + print(l.init()) + "))\n " + print(l.body()) + ")";
            } else if (a instanceof Anf.LetCall c) {
                String live = c.live() == null ? "" : " #:live (" + vars(c.live()) + ")";
                return "(let-call #" + c.point() + live + " ((" + v(c.var()) + " (" + print(c.fn()) + " "
                        + join(c.args().stream().map(this::print).toList()) + (c.spread() ? " ..." : "") + ")))\n " + print(c.body()) + ")";
            } else if (a instanceof Anf.TailCall c) {
                return "(tail-call " + print(c.fn()) + " " + join(c.args().stream().map(this::print).toList()) + (c.spread() ? " ..." : "") + ")";
            } else if (a instanceof Anf.Letrec l) {
                List<String> bs = new ArrayList<>();
                for (int i = 0; i < l.vars().size(); i++) {
                    bs.add("(" + v(l.vars().get(i)) + " " + lambda(l.lambdas().get(i)) + ")");
                }
                return "(letrec (" + join(bs) + ")\n " + print(l.body()) + ")";
            }
            return a.toString();
        }
    }
}
