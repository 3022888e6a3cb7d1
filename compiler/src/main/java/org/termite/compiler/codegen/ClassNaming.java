package org.termite.compiler.codegen;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.AnfVisitor;

/**
 * Stable class names for a module's procedures: derived only from the module name, the procedure's name and its
 * source position ({@code scm/<module>/<name>_L<line>C<column>}), with a counter only for procedures that share
 * a position (a macro expanding into several lambdas), counted in source order. The same source therefore gives
 * the same names on any machine, in any compilation order: frames and closures refer to code by these names.
 */
public final class ClassNaming {
    public static final String PACKAGE = "scm";
    public static final String MODULE_CLASS = "__module";

    private final String prefix;
    private final Map<Anf.Lambda, String> names = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();

    public ClassNaming(String module) {
        this.prefix = PACKAGE + "/" + mangle(module) + "/";
    }

    /** The internal name of the class of the module's top-level procedure. */
    public String moduleClass() {
        return prefix + MODULE_CLASS;
    }

    public String nameOf(Anf.Lambda l) {
        String n = names.get(l);
        if (n == null) {
            String base = prefix + mangle(l.name());
            if (l.pos() != null) {
                base += "_L" + l.pos().line() + "C" + l.pos().column();
            }
            n = base;
            for (int k = 2; !used.add(n); k++) {
                n = base + "$" + k;
            }
            names.put(l, n);
        }
        return n;
    }

    /** Assigns the module class to the top-level procedure, then names every nested one in source order. */
    public void assign(Anf.Lambda toplevel) {
        names.put(toplevel, moduleClass());
        used.add(moduleClass());
        new AnfVisitor() {
            @Override
            public void visitLambda(Anf.Lambda l) {
                nameOf(l);
                visit(l.body());
            }
        }.visit(toplevel.body());
    }

    /** A Scheme name as a Java identifier part: letters, digits and _ stay, other characters become $-escapes. */
    public static String mangle(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                sb.append((char) c);
            } else {
                switch (c) {
                    case '-' -> sb.append('_');
                    case '?' -> sb.append("$p");
                    case '!' -> sb.append("$x");
                    case '*' -> sb.append("$s");
                    case '>' -> sb.append("$g");
                    case '<' -> sb.append("$l");
                    case '=' -> sb.append("$e");
                    case '/' -> sb.append("$d");
                    case '%' -> sb.append("$c");
                    case '+' -> sb.append("$a");
                    case '.' -> sb.append("$o");
                    default -> sb.append("$u").append(Integer.toHexString(c)).append('_');
                }
            }
        });
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        return sb.toString();
    }
}
