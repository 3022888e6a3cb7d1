package org.termite.compiler.expand;

import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Unspecified;

/**
 * A {@code define} form taken apart: {@code (define id expr)}, {@code (define id)}, {@code (define (id . formals)
 * body ...)}, and curried {@code (define ((id a) b) body ...)}. The value is a form still to expand.
 */
record Definition(Object id, Object value) {
    static Definition parse(Pair form, SourcePos pos) {
        if (!(form.cdr instanceof Pair rest)) {
            throw new CompileError(pos, "bad syntax: define needs a name");
        }
        Object target = rest.car;
        Object body = rest.cdr;
        while (target instanceof Pair sig) {
            // (define (f . formals) body ...) is (define f (lambda formals body ...)), curried forms nest.
            if (body == org.termite.runtime.value.Nil.NIL) {
                throw new CompileError(pos, "bad syntax: define of " + Syntax.strip(sig.car) + " has no body");
            }
            body = Syntax.list(new Pair(CoreEnv.keyword("lambda"), new Pair(sig.cdr, body)));
            target = sig.car;
        }
        if (!Env.isIdentifier(target)) {
            throw new CompileError(pos, "bad syntax: define needs an identifier, got "
                    + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(target)));
        }
        if (body instanceof Pair b && b.car instanceof Pair lam && rest.car instanceof Pair) {
            return new Definition(target, lam);
        }
        List<Object> values = Syntax.list(body, pos, "define");
        if (values.size() > 1) {
            throw new CompileError(pos, "bad syntax: define of " + Env.symbolOf(target) + " has more than one value");
        }
        return new Definition(target, values.isEmpty() ? Unspecified.VALUE : values.get(0));
    }
}
