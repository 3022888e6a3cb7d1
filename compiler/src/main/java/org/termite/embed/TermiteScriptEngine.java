package org.termite.embed;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.java.Convert;
import org.termite.runtime.java.SchemeException;

/**
 * The JSR-223 engine: {@code eval} compiles the script and runs it in a process (see {@link Termite#eval}) and
 * returns its last value. Before each script, the engine-scope bindings become global variables of the same
 * names (values converted as in Java interop), so a script reads them by name. A Scheme or compile error is a
 * {@link ScriptException} with the error's message.
 */
public final class TermiteScriptEngine extends AbstractScriptEngine {
    private final ScriptEngineFactory factory;
    private final Termite termite = Termite.start();

    TermiteScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Bindings b = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (b != null) {
            for (Map.Entry<String, Object> e : b.entrySet()) {
                Globals.define(e.getKey(), Convert.toScheme(e.getValue()));
            }
        }
        try {
            return termite.eval(script);
        } catch (SchemeException e) {
            throw (ScriptException) new ScriptException(e.getMessage()).initCause(e);
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw (ScriptException) new ScriptException("cannot read the script: " + e.getMessage()).initCause(e);
        }
        return eval(sb.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /** The embedding handle this engine runs scripts with. */
    public Termite termite() {
        return termite;
    }
}
