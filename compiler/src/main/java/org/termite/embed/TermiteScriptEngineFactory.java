package org.termite.embed;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** JSR-223: {@code new ScriptEngineManager().getEngineByName("termite")} (also "scheme", extension scm). */
public final class TermiteScriptEngineFactory implements ScriptEngineFactory {
    @Override
    public String getEngineName() {
        return "Termite";
    }

    @Override
    public String getEngineVersion() {
        String v = TermiteScriptEngineFactory.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("scm");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-scheme");
    }

    @Override
    public List<String> getNames() {
        return List.of("termite", "Termite", "scheme");
    }

    @Override
    public String getLanguageName() {
        return "Scheme";
    }

    @Override
    public String getLanguageVersion() {
        return "R7RS";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "termite";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return "(." + m + " " + obj + (args.length == 0 ? "" : " " + String.join(" ", args)) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "(display " + org.termite.runtime.text.Printer.toWriteString(org.termite.runtime.value.MString.of(toDisplay)) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new TermiteScriptEngine(this);
    }
}
