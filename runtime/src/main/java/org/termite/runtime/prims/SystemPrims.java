package org.termite.runtime.prims;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.Symbol;

/** The program's surroundings: R7RS's features and environment variables, Gambit's host-name. */
public final class SystemPrims {
    /** The feature identifiers of (features) and cond-expand, most general first. */
    public static final List<String> FEATURES = features();

    private SystemPrims() {}

    private static List<String> features() {
        List<String> f = new ArrayList<>(List.of("r7rs", "exact-closed", "exact-complex", "ieee-float",
                "full-unicode", "ratios", "termite", "jvm", "java", "gambit-compatible"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("windows")) {
            f.add("windows");
        } else {
            f.add("posix");
            f.add("unix");
            if (os.contains("linux")) {
                f.add("linux");
            } else if (os.contains("mac")) {
                f.add("darwin");
            }
        }
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            f.add("x86-64");
        } else if (arch.equals("aarch64")) {
            f.add("aarch64");
        }
        f.add(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian");
        return List.copyOf(f);
    }

    @Primitive("features")
    public static Object features0() {
        Object list = Pair.list();
        for (int i = FEATURES.size() - 1; i >= 0; i--) {
            list = new Pair(Symbol.of(FEATURES.get(i)), list);
        }
        return list;
    }

    @Primitive("get-environment-variable")
    public static Object getenv(Object name) {
        if (!(name instanceof MString s)) {
            throw SchemeError.wrongType("get-environment-variable", "string", name);
        }
        String v = System.getenv(s.toString());
        return v == null ? Boolean.FALSE : MString.of(v);
    }

    /** Sorted by name, so that the order is the same from run to run. */
    @Primitive("get-environment-variables")
    public static Object getenvAll() {
        Object list = Pair.list();
        List<Map.Entry<String, String>> entries = new ArrayList<>(new TreeMap<>(System.getenv()).entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map.Entry<String, String> e = entries.get(i);
            list = new Pair(new Pair(MString.of(e.getKey()), MString.of(e.getValue())), list);
        }
        return list;
    }

    @Primitive("host-name")
    public static Object hostName() {
        try {
            return MString.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return MString.of(env != null ? env : "localhost");
        }
    }
}
