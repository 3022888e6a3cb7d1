package org.termite.runtime.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What one class file declares and refers to, read with ASM without loading it: its name and supertypes, its
 * fields and their constant values, every class, field and method its code names, and the globals it resolves
 * (the names its static initializer passes to {@code Globals.cell}). Both the check of arriving classes and the
 * sender's walk over what a class needs are made from this.
 */
final class ClassScan {
    /** A field or method named by the code: its owner class, name and descriptor (internal names). */
    record Member(String owner, String name, String descriptor) {}

    record FieldDecl(int access, String name, String descriptor, Object value) {}

    String name;
    String superName;
    String[] interfaces = new String[0];
    int access;
    final List<FieldDecl> fields = new ArrayList<>();
    final Set<Member> fieldRefs = new LinkedHashSet<>();
    final Set<Member> methodRefs = new LinkedHashSet<>();
    /** Classes named as types: new, casts, instanceof, array types, class literals, caught exceptions. */
    final Set<String> types = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    /** Something no compiled Scheme class has: a native method, invokedynamic, a method handle constant. */
    final List<String> oddities = new ArrayList<>();

    static final String GLOBALS = "org/termite/runtime/exec/Globals";

    static ClassScan of(byte[] bytes) {
        ClassScan scan = new ClassScan();
        new ClassReader(bytes).accept(scan.visitor(), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return scan;
    }

    /** Every class this one names in its code, supertypes included. */
    Set<String> classesNamed() {
        Set<String> all = new LinkedHashSet<>(types);
        for (Member m : fieldRefs) {
            all.add(m.owner());
        }
        for (Member m : methodRefs) {
            all.add(m.owner());
        }
        return all;
    }

    private ClassVisitor visitor() {
        return new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int acc, String n, String signature, String sup, String[] ifaces) {
                name = n;
                superName = sup;
                access = acc;
                interfaces = ifaces == null ? new String[0] : ifaces;
            }

            @Override
            public FieldVisitor visitField(int acc, String n, String descriptor, String signature, Object value) {
                fields.add(new FieldDecl(acc, n, descriptor, value));
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int acc, String n, String descriptor, String signature, String[] exceptions) {
                if ((acc & Opcodes.ACC_NATIVE) != 0) {
                    oddities.add("a native method " + n);
                }
                return new CodeVisitor(n.equals("<clinit>"));
            }
        };
    }

    private final class CodeVisitor extends MethodVisitor {
        private final boolean initializer;
        private String lastString;

        CodeVisitor(boolean initializer) {
            super(Opcodes.ASM9);
            this.initializer = initializer;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            types.add(elementType(type));
            lastString = null;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String n, String descriptor) {
            fieldRefs.add(new Member(owner, n, descriptor));
            lastString = null;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String n, String descriptor, boolean isInterface) {
            methodRefs.add(new Member(elementType(owner), n, descriptor));
            if (initializer && owner.equals(GLOBALS) && n.equals("cell") && lastString != null) {
                globals.add(lastString);
            }
            lastString = null;
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                types.add(t.getInternalName());
            } else if (value instanceof Type || value instanceof Handle
                    || value instanceof org.objectweb.asm.ConstantDynamic) {
                oddities.add("a constant " + value);
            }
            // the global's name comes right after the class literal of its owner
            lastString = value instanceof String s ? s : null;
        }

        @Override
        public void visitInvokeDynamicInsn(String n, String descriptor, Handle bootstrap, Object... args) {
            oddities.add("invokedynamic " + n);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
            types.add(Type.getType(descriptor).getElementType().getInternalName());
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                types.add(type);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            lastString = null;
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            lastString = null;
        }
    }

    private static String elementType(String type) {
        if (!type.startsWith("[")) {
            return type;
        }
        Type t = Type.getType(type).getElementType();
        return t.getSort() == Type.OBJECT ? t.getInternalName() : "java/lang/Object";
    }
}
