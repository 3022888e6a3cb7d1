package org.termite.compiler.expand;

import java.util.List;
import java.util.function.Predicate;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.prims.SystemPrims;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;

/**
 * cond-expand's feature requirements: identifiers of (features), (library NAME), and, or, not. Whether a library
 * exists is asked of the caller, given the name as written, since libraries are above the expander.
 */
public final class Requirements {
    private Requirements() {}

    public static boolean satisfied(Object req, SourcePos pos, Predicate<Object> libraryExists) {
        if (Env.isIdentifier(req)) {
            return SystemPrims.FEATURES.contains(Env.symbolOf(req).name);
        }
        if (req instanceof Pair p && Env.isIdentifier(p.car)) {
            List<Object> args = Syntax.list(p.cdr, pos, "cond-expand requirement");
            switch (Env.symbolOf(p.car).name) {
                case "and":
                    return args.stream().allMatch(a -> satisfied(a, pos, libraryExists));
                case "or":
                    return args.stream().anyMatch(a -> satisfied(a, pos, libraryExists));
                case "not":
                    if (args.size() != 1) {
                        throw new CompileError(pos, "bad syntax: (not requirement)");
                    }
                    return !satisfied(args.get(0), pos, libraryExists);
                case "library":
                    if (args.size() != 1) {
                        throw new CompileError(pos, "bad syntax: (library name)");
                    }
                    return libraryExists.test(args.get(0));
                default:
                    break;
            }
        }
        throw new CompileError(pos, "bad syntax: unknown cond-expand requirement "
                + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(req)));
    }

    /** The body of the first clause whose requirement holds, or null; {@code else} always holds. */
    public static Object select(Object clauses, SourcePos pos, Predicate<Object> libraryExists) {
        for (Object clause : Syntax.list(clauses, pos, "cond-expand")) {
            if (!(clause instanceof Pair c)) {
                throw new CompileError(pos, "bad syntax: a cond-expand clause must be (requirement body ...)");
            }
            if (Syntax.isSymbolNamed(c.car, "else") || satisfied(c.car, pos, libraryExists)) {
                return c.cdr;
            }
        }
        return null;
    }
}
