package org.termite.runtime.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.termite.runtime.exec.ApplyProcedure;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.LazyModules;
import org.termite.runtime.exec.Modules;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.Trampoline;

/**
 * Brings up the global environment of a node: binds the primitives, then runs the modules of the Scheme
 * library, which the build lists in {@value #LIBRARY_INDEX} in load order.
 */
public final class Boot {
    public static final String LIBRARY_INDEX = "META-INF/termite/library.txt";

    // Double-checked: read without the lock, written under it.
    private static volatile boolean booted;

    private Boot() {}

    // Double-checked: read without the lock, written under it.
    private static volatile boolean primitivesInstalled;

    /** Binds the primitives only: enough to compile the Scheme library itself. */
    public static void initPrimitives() {
        if (primitivesInstalled) {
            return;
        }
        synchronized (Boot.class) {
            if (!primitivesInstalled) {
                org.termite.runtime.text.Printer.install();
                Primitives.install();
                org.termite.runtime.proc.PidSerializer.register();
                org.termite.runtime.dist.NodeSerializer.register();
                org.termite.runtime.dist.Distribution.install();
                Globals.define("apply", new ApplyProcedure());
                org.termite.runtime.proc.Receive.install();
                org.termite.runtime.io.Ports.installParameters();
                primitivesInstalled = true;
            }
        }
    }

    public static void init() {
        if (booted) {
            return;
        }
        synchronized (Boot.class) {
            if (booted) {
                return;
            }
            initPrimitives();
            ClassLoader loader = Boot.class.getClassLoader();
            List<String> lines = libraryModules(loader);
            List<String> modules = new ArrayList<>();
            for (String line : lines) {
                // "CLASS" runs now; "CLASS NAME ..." when one of the names it defines is first used
                String[] words = line.split(" ");
                modules.add(words[0]);
                if (words.length > 1) {
                    LazyModules.register(words[0], loader, List.of(words).subList(1, words.length));
                    continue;
                }
                try {
                    runModule(Class.forName(words[0], true, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("library module " + words[0] + " is missing", e);
                }
            }
            Modules.standard(modules);
            Globals.markStandard();
            booted = true;
        }
    }

    /** The class names of the standard library's module classes ({@code scm.<module>.__module}), once booted. */
    public static List<String> standardModules() {
        return Modules.standard();
    }

    /** Runs a compiled module's top level to completion and returns its value. */
    public static Object runModule(Class<?> moduleClass) {
        return Modules.run(moduleClass);
    }

    /** A compiled module's top-level procedure. */
    public static Procedure instantiate(Class<?> moduleClass) {
        return Modules.instantiate(moduleClass);
    }

    private static List<String> libraryModules(ClassLoader loader) {
        List<String> modules = new ArrayList<>();
        try {
            Enumeration<URL> indexes = loader.getResources(LIBRARY_INDEX);
            while (indexes.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(indexes.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (!line.isBlank()) {
                            modules.add(line.trim());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + LIBRARY_INDEX, e);
        }
        return modules;
    }
}
