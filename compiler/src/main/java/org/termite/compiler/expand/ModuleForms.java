package org.termite.compiler.expand;

import static org.termite.compiler.expand.CoreEnv.keyword;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

/**
 * Forms about the program's text and environment: include, cond-expand, import, define-library, declare.
 * Libraries are the business of the session's {@link LibraryForms}, reached through the macro evaluator; an
 * expander without one (a bare compiler in a test) accepts import forms and binds nothing.
 */
final class ModuleForms {
    private ModuleForms() {}

    static void install(Env e) {
        CoreEnv.macro(e, "include", (f, env, x, pos) -> include(f, x, pos, false));
        CoreEnv.macro(e, "include-ci", (f, env, x, pos) -> include(f, x, pos, true));
        CoreEnv.macro(e, "cond-expand", ModuleForms::condExpand);
        CoreEnv.macro(e, "import", ModuleForms::importForm);
        CoreEnv.macro(e, "define-library", ModuleForms::defineLibrary);
        CoreEnv.macro(e, "declare", (f, env, x, pos) -> Pair.list(keyword("begin")));
        // Gambit's (##namespace ...): our namespaced names are resolved by Namespaces, whatever a file declares
        CoreEnv.macro(e, "namespace", (f, env, x, pos) -> Pair.list(keyword("begin")));
        CoreEnv.macro(e, "syntax-error", ModuleForms::syntaxError);
    }

    /** R7RS's (syntax-error "message" form ...): a macro's way to report a use it does not accept. */
    private static Object syntaxError(Pair f, Env env, Expander x, SourcePos pos) {
        List<Object> args = Syntax.list(f.cdr, pos, "syntax-error");
        StringBuilder message = new StringBuilder();
        if (!args.isEmpty() && args.get(0) instanceof MString s) {
            message.append(s);
            args = args.subList(1, args.size());
        } else {
            message.append("syntax error");
        }
        for (Object a : args) {
            message.append(' ').append(org.termite.runtime.text.Printer.toWriteString(Syntax.strip(a)));
        }
        throw new CompileError(pos, message.toString());
    }

    private static LibraryForms libraries(Expander x) {
        return x.evaluator() instanceof LibraryForms.Host h ? h.libraryForms() : null;
    }

    private static Object importForm(Pair f, Env env, Expander x, SourcePos pos) {
        LibraryForms libs = libraries(x);
        Pair rest = JavaSyntax.importJava(f, x.globalEnv(), pos);
        return libs == null || rest == null ? Pair.list(keyword("begin"))
                : libs.importForm(rest, x.globalEnv(), directory(x, pos), pos);
    }

    private static Object defineLibrary(Pair f, Env env, Expander x, SourcePos pos) {
        LibraryForms libs = libraries(x);
        if (libs == null) {
            throw new CompileError(pos, "define-library is not available here");
        }
        libs.defineLibrary(f, directory(x, pos), pos != null ? pos.file() : x.file(), x.positions(), pos);
        return Pair.list(keyword("begin"));
    }

    /**
     * The folder file names in a form are relative to: that of the file the form was read from, so that an
     * included file's own includes and imports are found next to it, else the compiled file's.
     */
    private static Path directory(Expander x, SourcePos pos) {
        if (pos != null && pos.file() != null) {
            Path f = SourceFiles.path(pos.file());
            if (Files.isRegularFile(f)) {
                return f.toAbsolutePath().getParent();
            }
        }
        return x.directory();
    }

    private static Object include(Pair f, Expander x, SourcePos pos, boolean foldCase) {
        List<Object> forms = new ArrayList<>();
        forms.add(keyword("begin"));
        for (Object name : Syntax.list(f.cdr, pos, "include")) {
            if (!(name instanceof MString s)) {
                throw new CompileError(pos, "bad syntax: include takes file names as strings");
            }
            Path dir = directory(x, pos);
            Path file = dir == null ? Path.of(s.toString()) : dir.resolve(s.toString());
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new CompileError(pos, "cannot include " + SourceFiles.name(file) + ": " + SourceFiles.reason(e));
            }
            if (foldCase) {
                text = "#!fold-case\n" + text;
            }
            DatumReader reader = new DatumReader(text, SourceFiles.name(file), x.positions());
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
        LibraryForms libs = libraries(x);
        Object body = Requirements.select(f.cdr, pos, name -> libs != null && libs.exists(name, directory(x, pos), pos));
        return new Pair(keyword("begin"), body == null ? org.termite.runtime.value.Nil.NIL : body);
    }
}
