package org.termite.runtime.serial;

import com.esotericsoftware.kryo.Registration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.termite.runtime.exec.Procedure;

/**
 * The runtime types that can travel, each under a fixed id (see {@link SerialFormat}). This table is the whole
 * set of classes a stream can make the decoder build, besides the program's compiled procedures: nothing is
 * ever looked up by a class name read from bytes outside {@link CompiledCode}.
 */
public final class TypeTable {
    private static final AtomicReferenceArray<Registration> BY_ID = new AtomicReferenceArray<>(SerialFormat.LAST_EXTENSION + 1);
    private static final ConcurrentHashMap<Class<?>, Registration> BY_CLASS = new ConcurrentHashMap<>();
    /** {@link #BY_CLASS} as the JVM caches per class: the lookup of every value written. */
    private static final ClassValue<Registration> FIXED = new ClassValue<>() {
        @Override
        protected Registration computeValue(Class<?> type) {
            return BY_CLASS.get(type);
        }
    };
    /** Read side of every runtime procedure that is neither a primitive, a parameter nor a continuation. */
    private static final Registration RUNTIME_PROCEDURE =
            new Registration(Procedure.class, ProcedureSerializers.RUNTIME, SerialFormat.RUNTIME_PROCEDURE);

    static {
        AtomSerializers.registerAll();
        DataSerializers.registerAll();
        RecordSerializers.registerAll();
        ProcedureSerializers.registerAll();
        ControlSerializers.registerAll();
        BY_ID.set(SerialFormat.RUNTIME_PROCEDURE, RUNTIME_PROCEDURE);
        PendingTypes.drain();
    }

    private TypeTable() {}

    /**
     * Makes {@code type} serializable under {@code id}, one of the ids reserved for types defined outside the
     * runtime's core (pids, tags, nodes): {@link SerialFormat#FIRST_EXTENSION} to {@link SerialFormat#LAST_EXTENSION}.
     * Every node that exchanges such values must register the same type under the same id.
     */
    public static synchronized <T> void register(int id, Class<T> type, ValueSerializer<T> serializer) {
        if (id < SerialFormat.FIRST_EXTENSION || id > SerialFormat.LAST_EXTENSION) {
            throw new IllegalArgumentException("serialization id " + id + " is not an extension id");
        }
        Registration existing = BY_ID.get(id);
        if (existing != null && existing.getType() != type) {
            throw new IllegalArgumentException("serialization id " + id + " is taken by " + existing.getType().getName());
        }
        fixed(id, type, serializer);
    }

    static synchronized void fixed(int id, Class<?> type, ValueSerializer<?> serializer) {
        Registration r = new Registration(type, serializer, id);
        BY_ID.set(id, r);
        BY_CLASS.put(type, r);
        FIXED.remove(type);
    }

    /** The registration of a fixed id, or null. */
    static Registration byId(int id) {
        return id >= 0 && id < BY_ID.length() ? BY_ID.get(id) : null;
    }

    /**
     * The registration that writes values of {@code type}: a fixed one, a compiled procedure's, or the one for
     * the runtime's other procedures; null when the type cannot travel.
     */
    static Registration forClass(Class<?> type) {
        Registration r = FIXED.get(type);
        if (r != null) {
            return r;
        }
        CompiledCode.Layout code = CompiledCode.of(type);
        if (code != null) {
            return code.registration();
        }
        if (Procedure.class.isAssignableFrom(type) && type.getName().startsWith("org.termite.runtime.")) {
            return RUNTIME_PROCEDURE;
        }
        return null;
    }
}
