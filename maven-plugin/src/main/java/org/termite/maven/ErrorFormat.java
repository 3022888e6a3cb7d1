package org.termite.maven;

import java.nio.file.Path;
import org.termite.compiler.ir.CompileError;

/**
 * A compile error as maven-compiler-plugin prints one, {@code /abs/path/File.scm:[line,column] message}, the
 * form IDEs (IntelliJ, Eclipse m2e, VS Code) and CI log parsers turn into a link to the place.
 */
final class ErrorFormat {
    /** A message that starts with its own position (the reader's errors carry it in the text): file:line:column: */
    private static final java.util.regex.Pattern POSITIONED =
            java.util.regex.Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$", java.util.regex.Pattern.DOTALL);

    private ErrorFormat() {}

    /** The error found while compiling {@code compiled}; its position may be in another file (a library). */
    static String of(Path compiled, CompileError e) {
        if (e.pos == null) {
            java.util.regex.Matcher m = POSITIONED.matcher(e.getMessage());
            if (m.matches()) {
                return absolute(compiled, m.group(1)) + ":[" + m.group(2) + "," + m.group(3) + "] " + m.group(4);
            }
            return absolute(compiled, compiled.toString()) + ": " + e.getMessage();
        }
        return absolute(compiled, e.pos.file()) + ":[" + e.pos.line() + "," + e.pos.column() + "] " + e.detail;
    }

    /** A position's file as an absolute path; a relative one is taken from the compiled file's folder. */
    private static String absolute(Path compiled, String file) {
        Path p = Path.of(file);
        if (!p.isAbsolute()) {
            Path folder = compiled.toAbsolutePath().getParent();
            p = folder == null ? p.toAbsolutePath() : folder.resolve(p);
        }
        return p.normalize().toString();
    }
}
