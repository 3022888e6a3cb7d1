package org.termite.runtime.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which class defines each primitive, written at build time into {@value #RESOURCE} so that a node starts
 * without scanning the {@link Primitives#classes()} by reflection: at start-up it binds every name, and a
 * primitive class is loaded only when one of its primitives is first called or compiled.
 *
 * <p>One line per name and method, {@code NAME CLASS METHOD PARAMETERS} (the parameter types' names joined by
 * commas, {@code -} for none), in the order of {@link Primitives#classes()}: the method is then found by name and
 * parameter types, without reading the annotations of its class, which loads the JDK's annotation parser and
 * spins a proxy class per annotation type (some eighty classes at a program's first call of a primitive passed
 * as a value). The build runs {@link #main} after compiling the runtime; a class path without the file (an IDE
 * that skips that step) falls back on the scan, and a test checks that the file says what the scan finds.
 */
public final class PrimitiveIndex {
    public static final String RESOURCE = "META-INF/termite/primitives.txt";

    private PrimitiveIndex() {}

    /** Writes the index under the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.write(file, lines(Primitives.scan()));
    }

    /** The index's lines for a table of primitives. */
    static List<String> lines(Map<String, List<Method>> table) {
        Map<String, Boolean> lines = new LinkedHashMap<>();
        table.forEach((name, methods) -> {
            for (Method m : methods) {
                lines.put(name + " " + m.getDeclaringClass().getName() + " " + m.getName() + " " + parameters(m), true);
            }
        });
        return new ArrayList<>(lines.keySet());
    }

    /** A method's parameter types as the index writes them. */
    static String parameters(Method m) {
        Class<?>[] types = m.getParameterTypes();
        if (types.length == 0) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (Class<?> t : types) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(t.getName());
        }
        return sb.toString();
    }

    /**
     * The methods defining each primitive, by name, as the build wrote them ({@code CLASS METHOD PARAMETERS} each);
     * null when there is no index.
     */
    static Map<String, List<String>> read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Map<String, List<String>> classes = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    // no computeIfAbsent: start-up reads this, and its lambda would cost a class spun then
                    String name = line.substring(0, space);
                    List<String> owners = classes.get(name);
                    if (owners == null) {
                        owners = new ArrayList<>(1);
                        classes.put(name, owners);
                    }
                    owners.add(line.substring(space + 1).trim());
                }
            }
            return classes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
