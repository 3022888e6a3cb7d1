package org.termite.runtime.boot;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.PrimitiveTable;

/**
 * The table of primitives: every {@link Primitive} method of the classes in {@link #classes()}, by Scheme name.
 * The runtime binds them as global procedures; the compiler reads the same table to inline calls to them.
 *
 * <p>Start-up reads the names from the build's {@link PrimitiveIndex}; a primitive's methods are looked up by the
 * names and parameter types the index gives when it is first called or compiled.
 */
public final class Primitives {
    /** Every class that defines primitives. A new primitive class is added here. */
    public static List<Class<?>> classes() {
        return Classes.ALL;
    }

    /** A holder, so that naming the classes, which loads them, waits until a scan of all of them is needed. */
    private static final class Classes {
        static final List<Class<?>> ALL = List.of(
            org.termite.runtime.prims.ControlPrims.class,
            org.termite.runtime.boot.CommandLine.class,
            org.termite.runtime.prims.EquivalencePrims.class,
            org.termite.runtime.prims.ListPrims.class,
            org.termite.runtime.prims.VectorPrims.class,
            org.termite.runtime.prims.BytevectorPrims.class,
            org.termite.runtime.prims.HashTablePrims.class,
            org.termite.runtime.prims.RecordPrims.class,
            org.termite.runtime.prims.ErrorPrims.class,
            org.termite.runtime.prims.PromisePrims.class,
            org.termite.runtime.prims.TimePrims.class,
            org.termite.runtime.proc.ProcessPrims.class,
            org.termite.runtime.proc.LinkPrims.class,
            org.termite.runtime.io.TcpPrims.class,
            org.termite.runtime.dist.DistPrims.class,
            org.termite.runtime.dist.NodeConveniences.class,
            org.termite.runtime.dist.DiscoveryPrims.class,
            org.termite.runtime.observe.SnapshotPrims.class,
            org.termite.runtime.observe.ObserverPrims.class,
            org.termite.runtime.prims.SymbolPrims.class,
            org.termite.runtime.num.NumberPrims.class,
            org.termite.runtime.num.NumberTypePrims.class,
            org.termite.runtime.num.DivisionPrims.class,
            org.termite.runtime.num.RealPrims.class,
            org.termite.runtime.num.TranscendentalPrims.class,
            org.termite.runtime.num.IntegerPrims.class,
            org.termite.runtime.text.CharPrims.class,
            org.termite.runtime.text.StringPrims.class,
            org.termite.runtime.text.StringComparePrims.class,
            org.termite.runtime.text.StringSearchPrims.class,
            org.termite.runtime.text.StringBuildPrims.class,
            org.termite.runtime.io.PortPrims.class,
            org.termite.runtime.prims.EvalPrims.class,
            org.termite.runtime.prims.LibraryPrims.class,
            org.termite.runtime.prims.SystemPrims.class,
            org.termite.runtime.prims.ScriptPrims.class,
            org.termite.runtime.prims.ComplexPrims.class,
            org.termite.runtime.serial.SerialPrims.class,
            org.termite.runtime.java.JavaPrims.class);
    }

    // Built once; a race builds it twice, equal, which is harmless.
    private static volatile Map<String, List<Method>> table;
    /** The build's index ({@code CLASS METHOD PARAMETERS} by name), read once; null when the class path has none. */
    private static final Map<String, List<String>> INDEX = PrimitiveIndex.read(Primitives.class.getClassLoader());
    /** The declared methods of each primitive class looked at so far, by class name, when the index is used. */
    private static final ConcurrentHashMap<String, Method[]> DECLARED = new ConcurrentHashMap<>();

    private Primitives() {}

    /** The methods implementing {@code name}, or an empty list if it is not a primitive. */
    public static List<Method> methods(String name) {
        if (INDEX == null) {
            return table().getOrDefault(name, List.of());
        }
        List<String> owners = INDEX.get(name);
        if (owners == null) {
            return List.of();
        }
        List<Method> methods = new ArrayList<>(owners.size());
        for (String owner : owners) {
            String[] words = owner.split(" ");
            if (words.length != 3) {
                throw new IllegalStateException(PrimitiveIndex.RESOURCE + ": not CLASS METHOD PARAMETERS: " + owner);
            }
            methods.add(method(words[0], words[1], words[2]));
        }
        return Collections.unmodifiableList(methods);
    }

    /** The method the index names, found by name and parameter types: no annotation is read. */
    private static Method method(String className, String methodName, String parameters) {
        Method[] declared = DECLARED.get(className);
        if (declared == null) {
            try {
                declared = Class.forName(className, false, Primitives.class.getClassLoader()).getDeclaredMethods();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(PrimitiveIndex.RESOURCE + " names a missing class " + className, e);
            }
            DECLARED.put(className, declared);
        }
        for (Method m : declared) {
            if (m.getName().equals(methodName) && PrimitiveIndex.parameters(m).equals(parameters)) {
                return m;
            }
        }
        throw new IllegalStateException(PrimitiveIndex.RESOURCE + " names a missing method " + className + "."
                + methodName + "(" + parameters + ")");
    }

    /** Every primitive by name, from a scan of every primitive class. */
    public static Map<String, List<Method>> table() {
        Map<String, List<Method>> t = table;
        if (t == null) {
            t = scan();
            table = t;
        }
        return t;
    }

    /** Every primitive by name, from a scan of every primitive class (what the build's index is made from). */
    static Map<String, List<Method>> scan() {
        Map<String, List<Method>> t = new LinkedHashMap<>();
        for (Class<?> c : classes()) {
            scan(c, t);
        }
        t.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(t);
    }

    private static void scan(Class<?> c, Map<String, List<Method>> into) {
        for (Method m : c.getDeclaredMethods()) {
            Primitive p = m.getAnnotation(Primitive.class);
            if (p == null) {
                continue;
            }
            if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                throw new IllegalStateException("primitive " + m + " must be public static");
            }
            for (String name : p.value()) {
                into.computeIfAbsent(name, n -> new ArrayList<>()).add(m);
            }
        }
    }

    /** The names of every primitive: the index's, or a scan's when there is no index. */
    public static Collection<String> names() {
        return INDEX != null ? INDEX.keySet() : table().keySet();
    }

    /** {@link #methods} as a function: a class, since start-up would spin one for a method reference. */
    private static final class ByName implements java.util.function.Function<String, List<Method>> {
        @Override
        public List<Method> apply(String name) {
            return methods(name);
        }
    }

    /** Binds every primitive as a global procedure, whose methods are looked up when it is first called. */
    public static void install() {
        PrimitiveTable.use(new ByName());
        for (String name : names()) {
            Globals.define(name, PrimitiveProcedure.lazy(name));
        }
    }
}
