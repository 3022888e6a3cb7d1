package org.termite.runtime.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Modules;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.serial.CodeLoaders;
import org.termite.runtime.serial.ObjectCodec;

/**
 * The sending side of a request for code: everything the requested classes need, in one answer. Starting from the
 * classes asked for, it takes every class of the same module their code names, and every definition of the
 * program their static initializers resolve (globals the runtime and standard library did not define), copied by
 * serializing its value; the classes those values name join the walk. Classes of the standard library are left
 * out unless asked for (every node has them), and so are classes this connection carried before
 * ({@code alreadySent}), so a class crosses a connection once.
 *
 * <p>Algorithm: a worklist over classes; a class is scanned once (its class file read with ASM); a definition is
 * encoded once per module version. Bounded by {@link CodeBundle#MAX_ITEMS}.
 */
public final class CodeClosure {
    private final Set<String> alreadySent;
    private final List<CodeBundle.ClassFile> classes = new ArrayList<>();
    private final Map<String, CodeBundle.Definition> definitions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final ArrayDeque<Class<?>> work = new ArrayDeque<>();
    private final Set<Class<?>> seen = new HashSet<>();
    private final Set<Class<?>> asked = new HashSet<>();

    private CodeClosure(Set<String> alreadySent) {
        this.alreadySent = alreadySent;
    }

    /** The answer to a request for {@code wanted}; records what it sends in {@code alreadySent}. */
    public static CodeBundle answer(List<CodeBundle.Wanted> wanted, Set<String> alreadySent) {
        CodeClosure c = new CodeClosure(alreadySent);
        List<ClassLoader> loaders = CodeLoaders.programLoaders();
        for (CodeBundle.Wanted w : wanted) {
            Class<?> found = locate(w, loaders);
            if (found == null) {
                c.problems.add("this node has no procedure " + w.className() + " of that version");
            } else {
                c.asked.add(found);
                c.work.add(found);
            }
        }
        c.walk();
        return new CodeBundle(c.classes, new ArrayList<>(c.definitions.values()), c.problems);
    }

    /** The key of a class version in a connection's record of what it carried. */
    public static String key(String className, long codeHash, long moduleHash) {
        return className + "#" + Long.toHexString(codeHash) + "#" + Long.toHexString(moduleHash);
    }

    private static Class<?> locate(CodeBundle.Wanted w, List<ClassLoader> loaders) {
        if (ShippedCode.moduleOf(w.className()) == null) {
            return null;
        }
        for (ClassLoader l : loaders) {
            try {
                Class<?> c = Class.forName(w.className(), false, l);
                if (hash(c, "CODE_HASH") == w.codeHash() && hash(c, "MODULE_HASH") == w.moduleHash()) {
                    return c;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not there: the next loader
            }
        }
        return ShippedCode.find(w.className(), w.codeHash(), w.moduleHash());
    }

    private void walk() {
        while (!work.isEmpty() && classes.size() < CodeBundle.MAX_ITEMS && definitions.size() < CodeBundle.MAX_ITEMS) {
            Class<?> c = work.poll();
            if (!seen.add(c)) {
                continue;
            }
            long codeHash = hash(c, "CODE_HASH");
            long moduleHash = hash(c, "MODULE_HASH");
            String key = key(c.getName(), codeHash, moduleHash);
            if (!asked.contains(c) && (alreadySent.contains(key) || isStandard(c))) {
                continue;
            }
            byte[] bytes = ClassBytes.of(c);
            if (bytes == null) {
                problems.add("the class file of " + c.getName() + " cannot be read here");
                continue;
            }
            ClassScan scan = ClassScan.of(bytes);
            classes.add(new CodeBundle.ClassFile(c.getName(), codeHash, moduleHash, bytes));
            alreadySent.add(key);
            String module = ShippedCode.moduleOf(c.getName());
            String own = "scm/" + module + "/";
            for (String named : scan.classesNamed()) {
                if (named.startsWith(own) && !named.equals(scan.name)) {
                    try {
                        work.add(Class.forName(named.replace('/', '.'), false, c.getClassLoader()));
                    } catch (ClassNotFoundException | LinkageError e) {
                        problems.add("the class " + named.replace('/', '.') + " cannot be loaded here");
                    }
                }
            }
            for (String name : scan.globals) {
                define(c, module, moduleHash, name);
            }
        }
    }

    private void define(Class<?> owner, String module, long moduleHash, String name) {
        String key = module + "/" + Long.toHexString(moduleHash) + "/" + name;
        if (definitions.containsKey(key)) {
            return;
        }
        Global cell = Globals.cell(owner, name);
        if (cell.isStandard()) {
            return;
        }
        CodeBundle.Definition d;
        if (!cell.isBound()) {
            d = new CodeBundle.Definition(module, moduleHash, name, CodeBundle.Kind.UNBOUND, null, null);
        } else {
            try {
                byte[] value = ObjectCodec.encode(cell.value, null, k -> work.add(k));
                d = new CodeBundle.Definition(module, moduleHash, name, CodeBundle.Kind.VALUE, value, null);
            } catch (SchemeError e) {
                d = new CodeBundle.Definition(module, moduleHash, name, CodeBundle.Kind.UNAVAILABLE, null, e.getMessage());
            }
        }
        definitions.put(key, d);
    }

    private static boolean isStandard(Class<?> c) {
        String module = "scm." + ShippedCode.moduleOf(c.getName()) + ".";
        for (String m : org.termite.runtime.exec.Modules.standard()) {
            if (m.startsWith(module)) {
                return c.getClassLoader() == Modules.class.getClassLoader();
            }
        }
        return false;
    }

    static long hash(Class<?> c, String field) {
        try {
            return c.getField(field).getLong(null);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }
}
