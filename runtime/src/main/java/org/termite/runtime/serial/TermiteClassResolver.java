package org.termite.runtime.serial;

import com.esotericsoftware.kryo.ClassResolver;
import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.IdentityObjectIntMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kryo's class resolver for Scheme values: a runtime type is written as its fixed id from {@link TypeTable}; a
 * compiled procedure's class as its stable ID (class name), its Scheme name and its code hash the first time a
 * stream names it, and as an index into the stream's list of classes after that. Reading never registers
 * anything: an id outside the table or a class name that is not the program's compiled code is refused.
 */
final class TermiteClassResolver implements ClassResolver {
    /** The registrations Kryo makes for Java's primitive types when it starts; kept apart, unreachable from bytes. */
    private final Map<Integer, Registration> kryoDefaults = new HashMap<>();
    private final IdentityObjectIntMap<Class<?>> writtenCode = new IdentityObjectIntMap<>();
    private final List<Registration> readCode = new ArrayList<>();
    /** Where this stream's compiled classes are looked up: found once per stream, on its first class. */
    private List<ClassLoader> loaders;
    /** Reading bytes from a node that can send missing code (see {@link MissingCode}). */
    boolean fetching;
    /** Told of each compiled class written, or null. */
    java.util.function.Consumer<Class<?>> codeWritten;

    @Override
    public void setKryo(Kryo kryo) {}

    @Override
    public Registration register(Registration registration) {
        kryoDefaults.put(registration.getId(), registration);
        return registration;
    }

    @Override
    public Registration unregister(int classID) {
        return kryoDefaults.remove(classID);
    }

    @Override
    public Registration registerImplicit(Class type) {
        throw new IllegalArgumentException("class is not registered: " + type.getName());
    }

    @Override
    public Registration getRegistration(Class type) {
        return TypeTable.forClass(type);
    }

    @Override
    public Registration getRegistration(int classID) {
        Registration r = TypeTable.byId(classID);
        return r != null ? r : kryoDefaults.get(classID);
    }

    @Override
    public Registration writeClass(Output output, Class type) {
        Registration r = TypeTable.forClass(type);
        if (r != null) {
            writeClass(output, type, r);
        }
        return r;
    }

    /** Writes the class of a value whose registration the caller looked up already. */
    void writeClass(Output output, Class<?> type, Registration r) {
        if (r.getId() != SerialFormat.CODE_NEW) {
            output.writeVarInt(r.getId(), true);
            return;
        }
        int seen = writtenCode.get(type, -1);
        if (seen >= 0) {
            output.writeVarInt(SerialFormat.CODE_SEEN, true);
            output.writeVarInt(seen, true);
            return;
        }
        CompiledCode.Layout code = CompiledCode.of(type);
        writtenCode.put(type, writtenCode.size);
        output.writeVarInt(SerialFormat.CODE_NEW, true);
        Text.write(output, type.getName());
        Text.write(output, code.name());
        output.writeLong(code.hash());
        output.writeLong(code.moduleHash());
        if (codeWritten != null) {
            codeWritten.accept(type);
        }
    }

    @Override
    public Registration readClass(Input input) {
        int id = input.readVarInt(true);
        if (id == SerialFormat.CODE_NEW) {
            String className = Text.read(input, SerialFormat.MAX_NAME);
            String name = Text.read(input, SerialFormat.MAX_NAME);
            long hash = input.readLong();
            long moduleHash = input.readLong();
            if (loaders == null) {
                loaders = CodeLoaders.candidates();
            }
            Registration r = CompiledCode.resolve(className, name, hash, moduleHash, loaders, fetching).registration();
            readCode.add(r);
            return r;
        }
        if (id == SerialFormat.CODE_SEEN) {
            int index = input.readVarInt(true);
            if (index < 0 || index >= readCode.size()) {
                throw Malformed.because("reference to an unknown procedure class " + index);
            }
            return readCode.get(index);
        }
        Registration r = TypeTable.byId(id);
        if (r == null || id == SerialFormat.NULL || id == SerialFormat.REF) {
            throw Malformed.because("unknown type id " + id);
        }
        return r;
    }

    @Override
    public void reset() {
        writtenCode.clear();
        readCode.clear();
        loaders = null;
    }
}
