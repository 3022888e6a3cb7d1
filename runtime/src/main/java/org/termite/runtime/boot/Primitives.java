package org.termite.runtime.boot;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.PrimitiveProcedure;
import org.termite.runtime.exec.PrimitiveTable;

/**
 * The table of primitives: every {@link Primitive} method of the classes in {@link #CLASSES}, by Scheme name.
 * The runtime binds them as global procedures; the compiler reads the same table to inline calls to them.
 */
public final class Primitives {
    /** Every class that defines primitives. A new primitive class is added here. */
    public static final List<Class<?>> CLASSES = List.of(
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

    // Built once; a race builds it twice, equal, which is harmless.
    private static volatile Map<String, List<Method>> table;

    private Primitives() {}

    /** The methods implementing {@code name}, or an empty list if it is not a primitive. */
    public static List<Method> methods(String name) {
        return table().getOrDefault(name, List.of());
    }

    public static Map<String, List<Method>> table() {
        Map<String, List<Method>> t = table;
        if (t == null) {
            t = build();
            table = t;
        }
        return t;
    }

    private static Map<String, List<Method>> build() {
        Map<String, List<Method>> t = new LinkedHashMap<>();
        for (Class<?> c : CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                Primitive p = m.getAnnotation(Primitive.class);
                if (p == null) {
                    continue;
                }
                if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                    throw new IllegalStateException("primitive " + m + " must be public static");
                }
                for (String name : p.value()) {
                    t.computeIfAbsent(name, n -> new ArrayList<>()).add(m);
                }
            }
        }
        t.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(t);
    }

    /** Binds every primitive as a global procedure. */
    public static void install() {
        PrimitiveTable.use(table());
        for (Map.Entry<String, List<Method>> e : table().entrySet()) {
            Globals.define(e.getKey(), new PrimitiveProcedure(e.getKey(), e.getValue()));
        }
    }
}
