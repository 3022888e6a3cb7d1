package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.termite.compiler.CompileError;
import org.termite.runtime.Eof;
import org.termite.runtime.MString;

import org.termite.runtime.Pair;
import org.termite.runtime.SchemeError;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.text.SourcePos;

/** Forms about the program's text and environment: include, cond-expand, import, declare. */
final class ModuleForms {
    /** The feature identifiers cond-expand recognizes. */
    static final Set<String> FEATURES = Set.of("r7rs", "exact-closed", "exact-complex", "ieee-float", "full-unicode",
            "ratios", "termite", "jvm", "java", "gambit-compatible");

    /** The libraries cond-expand's (library ...) recognizes. */
    static final Set<String> LIBRARIES = Set.of("(scheme base)", "(scheme char)", "(scheme complex)", "(scheme cxr)",
            "(scheme eval)", "(scheme file)", "(scheme inexact)", "(scheme lazy)", "(scheme load)",
            "(scheme process-context)", "(scheme read)", "(scheme repl)", "(scheme time)", "(scheme write)",
            "(srfi 1)", "(srfi 8)", "(srfi 23)", "(srfi 28)", "(srfi 39)", "(srfi 69)", "(termite)");

    private ModuleForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "include", (f, env, x, pos) -> include(f, x, pos, false));
        CoreEnv.macro(e, "include-ci", (f, env, x, pos) -> include(f, x, pos, true));
        CoreEnv.macro(e, "cond-expand", ModuleForms::condExpand);
        CoreEnv.macro(e, "import", (f, env, x, pos) -> Pair.list(keyword("begin")));
        CoreEnv.macro(e, "declare", (f, env, x, pos) -> Pair.list(keyword("begin")));
    }

    private static Object include(Pair f, Expander x, SourcePos pos, boolean foldCase) {
        List<Object> forms = new ArrayList<>();
        forms.add(keyword("begin"));
        for (Object name : Syntax.list(f.cdr, pos, "include")) {
            if (!(name instanceof MString s)) {
                throw new CompileError(pos, "bad syntax: include takes file names as strings");
            }
            Path file = x.directory() == null ? Path.of(s.toString()) : x.directory().resolve(s.toString());
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new CompileError(pos, "cannot include " + file + ": " + e.getMessage());
            }
            if (foldCase) {
                text = "#!fold-case\n" + text;
            }
            DatumReader reader = new DatumReader(text, file.toString(), x.positions());
            try {
                for (Object d = reader.read(); d != Eof.VALUE; d = reader.read()) {
                    forms.add(d);
                }
            } catch (SchemeError e) {
                throw new CompileError(null, e.getMessage());
            }
        }
        return Syntax.fromList(forms);
    }

    private static Object condExpand(Pair f, Env env, Expander x, SourcePos pos) {
        for (Object clause : Syntax.list(f.cdr, pos, "cond-expand")) {
            if (!(clause instanceof Pair c)) {
                throw new CompileError(pos, "bad syntax: a cond-expand clause must be (requirement body ...)");
            }
            if (Syntax.isSymbolNamed(c.car, "else") || satisfied(c.car, pos)) {
                return new Pair(keyword("begin"), c.cdr);
            }
        }
        return Pair.list(keyword("begin"));
    }

    private static boolean satisfied(Object req, SourcePos pos) {
        if (Env.isIdentifier(req)) {
            return FEATURES.contains(Env.symbolOf(req).name);
        }
        if (req instanceof Pair p && Env.isIdentifier(p.car)) {
            List<Object> args = Syntax.list(p.cdr, pos, "cond-expand requirement");
            switch (Env.symbolOf(p.car).name) {
                case "and":
                    return args.stream().allMatch(a -> satisfied(a, pos));
                case "or":
                    return args.stream().anyMatch(a -> satisfied(a, pos));
                case "not":
                    return args.size() == 1 && !satisfied(args.get(0), pos);
                case "library":
                    return args.size() == 1
                            && LIBRARIES.contains(org.termite.runtime.text.Printer.toWriteString(Syntax.strip(args.get(0))));
                default:
                    break;
            }
        }
        throw new CompileError(pos, "bad syntax: unknown cond-expand requirement "
                + org.termite.runtime.text.Printer.toWriteString(Syntax.strip(req)));
    }

}
