package org.termite.compiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.expand.Env;
import org.termite.compiler.expand.Expander;
import org.termite.runtime.exec.Eval;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.prims.LibraryPrims;
import org.termite.runtime.text.Printer;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.MString;

/**
 * eval, load and environment for the programs of a session: code is compiled by the session's compiler, as a
 * module of its own, never interpreted. Compilation is serialized on the session, since processes on several
 * worker threads may eval at once. A compile error becomes a Scheme error that the program can catch.
 */
public final class SessionEval implements Eval.Compiler {
    private final Session session;
    private final Eval.Environment interaction;

    public SessionEval(Session session) {
        this.session = session;
        this.interaction = new Eval.Environment(session.globalEnv(), "interaction");
    }

    @Override
    public Procedure compile(Object expression, Eval.Environment environment) {
        synchronized (session) {
            try {
                return session.compileProcedure(List.of(expression), null, null, (Env) environment.syntax());
            } catch (CompileError e) {
                throw SchemeError.error("eval: " + e.getMessage());
            }
        }
    }

    @Override
    public Procedure compileFile(String file, Eval.Environment environment) {
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw SchemeError.fileError("load: cannot read file:", MString.of(file));
        }
        synchronized (session) {
            try {
                SourcePositions positions = new SourcePositions();
                List<Object> forms = Compiler.read(text, file, positions);
                return session.compileProcedure(forms, positions, file, (Env) environment.syntax());
            } catch (CompileError e) {
                throw SchemeError.error("load: " + e.getMessage());
            }
        }
    }

    @Override
    public Eval.Environment environment(List<Object> importSets) {
        Env env = Expander.newGlobalEnv();
        List<String> modules;
        synchronized (session) {
            try {
                modules = session.libraries().importInto(env, importSets, null);
                session.loadClasses(session.libraries().takeCompiledClasses());
            } catch (CompileError e) {
                throw SchemeError.error("environment: " + e.getMessage());
            }
        }
        for (String m : modules) {
            LibraryPrims.require(MString.of(m));
        }
        StringBuilder description = new StringBuilder();
        for (Object set : importSets) {
            description.append(description.length() == 0 ? "" : " ").append(Printer.toWriteString(set));
        }
        return new Eval.Environment(env, description.toString());
    }

    @Override
    public Eval.Environment interaction() {
        return interaction;
    }
}
