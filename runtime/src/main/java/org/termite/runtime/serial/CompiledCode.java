package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Registration;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;

/**
 * The program's compiled procedures as serialization sees them. A compiled procedure's class is named by its
 * stable ID ({@code scm.<module>.<name>_L<line>C<column>}), extends {@link Procedure}, keeps its free values in
 * public fields {@code f0..fN}, has a public constructor taking exactly those, and constants NAME and CODE_HASH.
 * A closure travels as its class's stable ID and code hash plus its free values; the receiver must have the
 * same class with the same hash, or the bytes are refused with an error naming the procedure and module.
 */
final class CompiledCode {
    static final String PACKAGE_PREFIX = "scm.";
    private static final Pattern STABLE_ID = Pattern.compile("scm(\\.[A-Za-z0-9_$]+)+");
    private static final int MAX_ID = 1000;

    /** How to take apart and rebuild the closures of one compiled class. */
    record Layout(Class<?> type, String name, long hash, long moduleHash, MethodHandle constructor, MethodHandle[] getters,
            MethodHandle[] setters, Registration registration) {
        int size() {
            return getters.length;
        }

        /** A closure of this class with every free value null, to be filled by {@link #set}. */
        Procedure instantiate() {
            try {
                return (Procedure) constructor.invokeExact(new Object[getters.length]);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        Object get(Procedure p, int i) {
            try {
                return getters[i].invokeExact((Object) p);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        void set(Procedure p, int i, Object v) {
            try {
                setters[i].invokeExact((Object) p, v);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static final ClassValue<Optional<Layout>> LAYOUTS = new ClassValue<>() {
        @Override
        protected Optional<Layout> computeValue(Class<?> type) {
            return Optional.ofNullable(layoutOf(type));
        }
    };

    private CompiledCode() {}

    /** The layout of a compiled procedure class, or null if {@code type} is not one. */
    static Layout of(Class<?> type) {
        return LAYOUTS.get(type).orElse(null);
    }

    /**
     * The compiled class a stream names, after checking that this node has it with the same code hash: the
     * program's own class when it is that version, else one that arrived from another node for that module version.
     * Only names of the compiled-code package are looked up, and only subclasses of Procedure are accepted.
     * {@code fetching}: the bytes came from a node that can send the code, so a class this node lacks is reported
     * as {@link MissingCode}, and the program's class of another module version does not stand in for it.
     */
    static Layout resolve(String stableId, String name, long hash, long moduleHash, List<ClassLoader> loaders,
            boolean fetching) {
        if (stableId.length() > MAX_ID || !STABLE_ID.matcher(stableId).matches()) {
            throw Malformed.because("bad procedure class name");
        }
        Class<?> type = CodeLoaders.find(stableId, loaders);
        Layout layout = type == null ? null : of(type);
        if (type != null && layout == null) {
            throw Malformed.because(stableId + " is not a compiled procedure");
        }
        if (layout != null && layout.hash() == hash && (layout.moduleHash() == moduleHash || !fetching)) {
            return layout;
        }
        Class<?> arrived = CodeLoaders.shipped(stableId, hash, moduleHash);
        Layout shipped = arrived == null ? null : of(arrived);
        if (shipped != null && shipped.hash() == hash) {
            return shipped;
        }
        if (fetching) {
            throw new MissingCode(stableId, name, hash, moduleHash);
        }
        if (layout == null) {
            throw SchemeError.error("u8vector->object: this program has no procedure " + describe(stableId, name));
        }
        throw SchemeError.error("u8vector->object: procedure " + describe(stableId, name)
                + " differs from the version that was serialized (code hash " + Long.toHexString(hash)
                + ", here " + Long.toHexString(layout.hash()) + ")");
    }

    /** "NAME (CLASS) of module MODULE", from a stable ID. */
    static String describe(String stableId, String name) {
        int last = stableId.lastIndexOf('.');
        String module = stableId.substring(PACKAGE_PREFIX.length(), Math.max(last, PACKAGE_PREFIX.length()));
        return name + " (" + stableId.substring(last + 1) + ") of module " + module;
    }

    private static Layout layoutOf(Class<?> type) {
        if (!Procedure.class.isAssignableFrom(type) || !type.getName().startsWith(PACKAGE_PREFIX)
                || !Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        try {
            Field hashField = type.getDeclaredField("CODE_HASH");
            Field nameField = type.getDeclaredField("NAME");
            if (!isConstant(hashField, long.class) || !isConstant(nameField, String.class)) {
                return null;
            }
            List<Field> free = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (f.getName().matches("f[0-9]+") && !Modifier.isStatic(f.getModifiers())) {
                    free.add(f);
                }
            }
            free.sort((a, b) -> Integer.compare(index(a), index(b)));
            for (int i = 0; i < free.size(); i++) {
                Field f = free.get(i);
                if (index(f) != i || f.getType() != Object.class || !Modifier.isPublic(f.getModifiers())) {
                    return null;
                }
            }
            Class<?>[] params = new Class<?>[free.size()];
            Arrays.fill(params, Object.class);
            Constructor<?> ctor = type.getConstructor(params);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle make = lookup.unreflectConstructor(ctor).asSpreader(Object[].class, params.length)
                    .asType(MethodType.methodType(Procedure.class, Object[].class));
            MethodHandle[] getters = new MethodHandle[free.size()];
            MethodHandle[] setters = new MethodHandle[free.size()];
            for (int i = 0; i < getters.length; i++) {
                getters[i] = lookup.unreflectGetter(free.get(i)).asType(MethodType.methodType(Object.class, Object.class));
                setters[i] = lookup.unreflectSetter(free.get(i))
                        .asType(MethodType.methodType(void.class, Object.class, Object.class));
            }
            // Reading the constants initializes the class: it is the program's own code, about to be used.
            long hash = hashField.getLong(null);
            String name = (String) nameField.get(null);
            long moduleHash = 0;
            try {
                Field moduleField = type.getDeclaredField("MODULE_HASH");
                if (isConstant(moduleField, long.class)) {
                    moduleHash = moduleField.getLong(null);
                }
            } catch (NoSuchFieldException e) {
                // compiled before modules had versions: version 0
            }
            Registration r = new Registration(type, ProcedureSerializers.COMPILED, SerialFormat.CODE_NEW);
            return new Layout(type, name, hash, moduleHash, make, getters, setters, r);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static boolean isConstant(Field f, Class<?> type) {
        int m = f.getModifiers();
        return f.getType() == type && Modifier.isStatic(m) && Modifier.isFinal(m) && Modifier.isPublic(m);
    }

    private static int index(Field f) {
        try {
            return Integer.parseInt(f.getName().substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
