package org.termite.runtime.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.value.Symbol;

/**
 * Standard library modules that run when one of their names is first used rather than when the node starts. Most
 * programs use a few of the library's modules (the test library, the OTP behaviours, SRFI 1, ...), and running all of
 * them loaded and initialized some 380 classes before the first line of the program: a large part of a short
 * program's start-up. A lazy module only defines names (none that another module or the runtime defined before),
 * so running it later means the same as running it at start-up.
 *
 * <p>A name is looked up through {@link Global#get}, {@link Global#set}, {@link Global#isBound} and
 * {@link Globals#lookup}: when it is unbound, the module that defines it runs, once, and the lookup goes on. A
 * program that defined one of the module's names itself keeps its own definition, as it would have replaced the
 * module's had the module run first.
 */
public final class LazyModules {
    private static final ConcurrentHashMap<Symbol, Module> BY_NAME = new ConcurrentHashMap<>();

    private LazyModules() {}

    private static final class Module {
        final String className;
        final ClassLoader loader;
        final List<Symbol> names;
        // Guarded by this: the module runs once; a thread that finds it running on its own stack (a module that
        // uses its own names while it runs) sees them unbound, as it would have at start-up.
        private boolean ran;
        private Thread running;

        Module(String className, ClassLoader loader, List<Symbol> names) {
            this.className = className;
            this.loader = loader;
            this.names = names;
        }

        synchronized void run() {
            if (ran || running == Thread.currentThread()) {
                return;
            }
            running = Thread.currentThread();
            try {
                Map<Symbol, Object> ownDefinitions = new HashMap<>();
                for (Symbol n : names) {
                    Global g = Globals.cell(n);
                    if (g.value != Global.UNBOUND) {
                        ownDefinitions.put(n, g.value);
                    }
                }
                // as at start-up: outside any process, so that the module neither yields its caller's time slice
                // nor sees its caller's parameters
                Context caller = Context.current();
                Context.install(new Context());
                try {
                    Modules.run(Class.forName(className, true, loader));
                } finally {
                    Context.install(caller);
                }
                ownDefinitions.forEach((n, v) -> Globals.cell(n).value = v);
                ran = true;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("library module " + className + " is missing", e);
            } finally {
                running = null;
            }
        }
    }

    /** Registers a module to run on first use of one of {@code names}, each a standard name from now on. */
    public static void register(String className, ClassLoader loader, List<String> names) {
        List<Symbol> symbols = new ArrayList<>(names.size());
        for (String n : names) {
            symbols.add(Symbol.of(n));
        }
        Module m = new Module(className, loader, List.copyOf(symbols));
        for (Symbol s : symbols) {
            BY_NAME.put(s, m);
            Globals.cell(s).standard = true;
        }
    }

    /**
     * The value of {@code g} after running the module that defines its name, if it is such a module's and the
     * module has not run; {@link Global#UNBOUND} otherwise.
     */
    static Object resolve(Global g) {
        Module m = BY_NAME.get(g.name);
        if (m == null || Globals.cell(g.name) != g) {
            return g.value;
        }
        m.run();
        return g.value;
    }

    /** Whether a name belongs to a lazy module (run or not): for completion, which offers it before it runs. */
    static boolean isLazyName(Symbol name) {
        return BY_NAME.containsKey(name);
    }

    /** Runs every lazy module that has not run: for the run that makes a class-data archive. */
    public static void runAll() {
        for (Module m : new java.util.LinkedHashSet<>(BY_NAME.values())) {
            m.run();
        }
    }
}
