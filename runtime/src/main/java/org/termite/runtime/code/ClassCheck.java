package org.termite.runtime.code;

import org.objectweb.asm.Opcodes;

/**
 * The check every class file from another node passes before it is defined: it must be a compiled Scheme
 * procedure of the module version it claims (the expected name, a subclass of Procedure, the announced code and
 * module hashes in its constants), it may name only its own module's classes and what {@link CompiledCodeApi}
 * allows, and it has nothing compiled Scheme code never has (native methods, invokedynamic). The JVM's own
 * verifier then checks the bytecode itself when the class is defined.
 */
final class ClassCheck {
    /** Larger than any procedure the compiler writes; a larger file is refused unread. */
    static final int MAX_CLASS_BYTES = 1 << 20;
    private static final String PROCEDURE = "org/termite/runtime/exec/Procedure";

    private ClassCheck() {}

    /** Checks one class file; {@code className} is the binary name it must have. */
    static ClassScan check(byte[] bytes, String className, long codeHash, long moduleHash) throws CodeRefused {
        if (bytes.length > MAX_CLASS_BYTES) {
            throw new CodeRefused("its class file has " + bytes.length + " bytes, more than " + MAX_CLASS_BYTES);
        }
        ClassScan scan;
        try {
            scan = ClassScan.of(bytes);
        } catch (RuntimeException e) {
            throw new CodeRefused("it is not a class file (" + e.getClass().getSimpleName() + ")");
        }
        String internal = className.replace('.', '/');
        if (!internal.equals(scan.name)) {
            throw new CodeRefused("its class file is named " + scan.name);
        }
        String module = ShippedCode.moduleOf(className);
        if (module == null) {
            throw new CodeRefused("it is not in the package of compiled Scheme code");
        }
        if (!PROCEDURE.equals(scan.superName) || scan.interfaces.length > 0 || (scan.access & Opcodes.ACC_PUBLIC) == 0) {
            throw new CodeRefused("it is not a compiled Scheme procedure (it extends " + scan.superName + ")");
        }
        if (!scan.oddities.isEmpty()) {
            throw new CodeRefused("it has " + scan.oddities.get(0));
        }
        checkFields(scan, codeHash, moduleHash);
        String own = "scm/" + module + "/";
        for (String type : scan.types) {
            if (!type.startsWith(own) && !CompiledCodeApi.allowsType(type)) {
                throw new CodeRefused("it refers to " + type.replace('/', '.'));
            }
        }
        for (ClassScan.Member f : scan.fieldRefs) {
            if (!f.owner().startsWith(own) && !CompiledCodeApi.allowsField(f.owner(), f.name())) {
                throw new CodeRefused("it refers to " + f.owner().replace('/', '.') + "." + f.name());
            }
        }
        for (ClassScan.Member m : scan.methodRefs) {
            if (!m.owner().startsWith(own) && !CompiledCodeApi.allowsMethod(m.owner(), m.name(), m.descriptor())) {
                throw new CodeRefused("it calls " + m.owner().replace('/', '.') + "." + m.name());
            }
        }
        return scan;
    }

    private static void checkFields(ClassScan scan, long codeHash, long moduleHash) throws CodeRefused {
        boolean sawHash = false;
        boolean sawModule = false;
        for (ClassScan.FieldDecl f : scan.fields) {
            boolean isStatic = (f.access() & Opcodes.ACC_STATIC) != 0;
            if (f.name().equals("CODE_HASH") && isStatic) {
                if (!Long.valueOf(codeHash).equals(f.value())) {
                    throw new CodeRefused("its code hash is not the one announced");
                }
                sawHash = true;
            } else if (f.name().equals("MODULE_HASH") && isStatic) {
                if (!Long.valueOf(moduleHash).equals(f.value())) {
                    throw new CodeRefused("its module version is not the one announced");
                }
                sawModule = true;
            } else if (!isStatic && !f.name().matches("f[0-9]+")) {
                throw new CodeRefused("it has a field " + f.name());
            } else if (isStatic && (f.access() & Opcodes.ACC_PUBLIC) != 0
                    && ((f.access() & Opcodes.ACC_FINAL) == 0 || f.value() == null)) {
                // public constants (NAME, COLUMNS) are data; anything else public and static could be state
                throw new CodeRefused("it has a public static field " + f.name() + " that is not a constant");
            }
        }
        if (!sawHash || !sawModule) {
            throw new CodeRefused("it lacks its code and module hashes");
        }
    }
}
