package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.ir.Core;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/**
 * Clojure's syntax for calling Java, on identifiers that name no local variable, macro or special form:
 * <pre>
 *   (Class/method arg ...)     a static method          Math/abs, java.util.List/of
 *   Class/FIELD                a static field           Integer/MAX_VALUE
 *   (.method obj arg ...)      an instance method       (.toUpperCase "abc")
 *   (.-field obj)              an instance field
 *   (Class. arg ...)           a constructor            (java.util.ArrayList. 10)
 * </pre>
 * A class is named in full ({@code java.util.ArrayList}), by a short name brought in by
 * {@code (import (java java.util ArrayList HashMap))}, or by its short name if it is in {@code java.lang}. A name
 * whose last part does not start with a capital letter is not a class, so Scheme names such as {@code call/cc}
 * keep their meaning.
 *
 * <p>Each use becomes a call of the primitive {@code %java-call} or {@code %java-field} whose first argument is
 * the site's own literal {@code #(KIND CLASS MEMBER #f)}; the runtime keeps the site's cache in its last slot
 * (see {@code org.termite.runtime.java.JavaSite}).
 */
public final class JavaSyntax {
    private static final Symbol CALL = Symbol.of("%java-call");
    private static final Symbol FIELD = Symbol.of("%java-field");
    private static final Symbol JAVA = Symbol.of("java");

    /** Short class names imported into each global environment. */
    private static final Map<Env, Map<String, String>> IMPORTS = Collections.synchronizedMap(new WeakHashMap<>());

    private JavaSyntax() {}

    /** The expansion of a call whose head is Java syntax, or null if it is not. */
    static Core call(Pair form, Env env, Expander x, SourcePos pos) {
        String head = Env.symbolOf(form.car).name;
        List<Object> args = Syntax.list(form.cdr, pos, head);
        int n = head.length();
        if (n >= 2 && head.charAt(0) == '.' && Character.isJavaIdentifierStart(head.charAt(n > 2 && head.charAt(1) == '-' ? 2 : 1))) {
            if (head.charAt(1) == '-') {
                if (args.size() != 1) {
                    throw new CompileError(pos, "bad syntax: (" + head + " object) takes exactly one object");
                }
                return site(FIELD, "field", null, head.substring(2), args, env, x, pos);
            }
            if (args.isEmpty()) {
                throw new CompileError(pos, "bad syntax: (" + head + " object argument ...) needs an object");
            }
            return site(CALL, "virtual", null, head.substring(1), args, env, x, pos);
        }
        if (n >= 2 && head.charAt(n - 1) == '.' && head.charAt(n - 2) != '.') {
            String cls = className(head.substring(0, n - 1), env, pos);
            return cls == null ? null : site(CALL, "new", cls, "<init>", args, env, x, pos);
        }
        int slash = head.indexOf('/');
        if (slash > 0 && slash < n - 1) {
            String cls = className(head.substring(0, slash), env, pos);
            return cls == null ? null : site(CALL, "static", cls, head.substring(slash + 1), args, env, x, pos);
        }
        return null;
    }

    /** The expansion of a variable reference {@code Class/FIELD}, or null if it is not Java syntax. */
    static Core reference(Object id, Env env, SourcePos pos) {
        String name = Env.symbolOf(id).name;
        int slash = name.indexOf('/');
        if (slash <= 0 || slash >= name.length() - 1) {
            return null;
        }
        String cls = className(name.substring(0, slash), env, pos);
        return cls == null ? null : site(FIELD, "static-field", cls, name.substring(slash + 1), List.of(), env, null, pos);
    }

    private static Core site(Symbol prim, String kind, String cls, String member, List<Object> args, Env env,
            Expander x, SourcePos pos) {
        if (!isJavaName(member) && !member.equals("<init>")) {
            throw new CompileError(pos, "bad syntax: " + member + " is not a Java member name");
        }
        Object[] literal = {Symbol.of(kind), cls == null ? Boolean.FALSE : Symbol.of(cls), Symbol.of(member), Boolean.FALSE};
        List<Core> out = new ArrayList<>();
        out.add(new Core.Const(literal, pos));
        for (Object a : args) {
            out.add(x.expand(a, env, pos));
        }
        return new Core.Call(new Core.GlobalRef(prim, pos), out, pos);
    }

    /**
     * The full name of the class {@code name} designates, or null when it is not a class name. A capitalized
     * short name that is neither imported nor in java.lang is an error.
     */
    private static String className(String name, Env env, SourcePos pos) {
        String imported = imports(env).get(name);
        if (imported != null) {
            return imported;
        }
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0)) || !isQualifiedJavaName(name)) {
            return null;
        }
        if (dot >= 0) {
            return name;
        }
        try {
            Class.forName("java.lang." + name, false, JavaSyntax.class.getClassLoader());
            return "java.lang." + name;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CompileError(pos, "unknown Java class " + name + ": import it with (import (java PACKAGE "
                    + name + ")) or write its full name");
        }
    }

    private static Map<String, String> imports(Env env) {
        Map<String, String> m = IMPORTS.get(env.global());
        return m == null ? Map.of() : m;
    }

    /**
     * Takes the Java import sets out of an import form: {@code (java PACKAGE Class ...)} makes each class known by
     * its short name in {@code env}'s program. Returns the form with what is left, or null if nothing is.
     */
    static Pair importJava(Pair form, Env env, SourcePos pos) {
        List<Object> rest = new ArrayList<>();
        rest.add(form.car);
        boolean changed = false;
        for (Object set : Syntax.list(form.cdr, pos, "import")) {
            Object s = Syntax.strip(set);
            if (s instanceof Pair p && p.car == JAVA) {
                changed = true;
                importSet(p, env, pos);
            } else {
                rest.add(set);
            }
        }
        if (!changed) {
            return form;
        }
        return rest.size() == 1 ? null : (Pair) Syntax.fromList(rest);
    }

    private static void importSet(Pair set, Env env, SourcePos pos) {
        List<Object> parts = Syntax.list(set.cdr, pos, "import");
        if (parts.isEmpty() || !parts.stream().allMatch(p -> p instanceof Symbol)) {
            throw new CompileError(pos, "bad import set: write (java PACKAGE Class ...), e.g. (java java.util ArrayList)");
        }
        Map<String, String> m = IMPORTS.computeIfAbsent(env.global(), e -> Collections.synchronizedMap(new HashMap<>()));
        String first = ((Symbol) parts.get(0)).name;
        if (parts.size() == 1) {
            int dot = first.lastIndexOf('.');
            if (dot <= 0) {
                throw new CompileError(pos, "bad import set: (java " + first + ") names no class; write (java PACKAGE Class ...)");
            }
            m.put(first.substring(dot + 1), first);
            return;
        }
        for (Object c : parts.subList(1, parts.size())) {
            String name = ((Symbol) c).name;
            if (!isJavaName(name.replace('$', '_'))) {
                throw new CompileError(pos, "bad import set: " + name + " is not a class name");
            }
            m.put(name, first + "." + name);
        }
    }

    private static boolean isJavaName(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQualifiedJavaName(String s) {
        for (String part : s.split("\\.", -1)) {
            if (!isJavaName(part)) {
                return false;
            }
        }
        return true;
    }
}
