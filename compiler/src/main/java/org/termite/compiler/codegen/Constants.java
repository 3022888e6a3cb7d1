package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.CompileError;
import org.termite.runtime.exec.Global;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.text.SourcePos;
import org.termite.runtime.value.DefaultObject;
import org.termite.runtime.value.Eof;
import org.termite.runtime.value.Keyword;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Nil;
import org.termite.runtime.value.Pair;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

/**
 * The literals and global cells one generated class uses, each in a static field set once in the class
 * initializer: global cells are resolved by name on the node that loads the class, literals are rebuilt from
 * their written form. Singletons and small integers need no field.
 */
final class Constants {
    private static final String RT = "org/termite/runtime/exec/Rt";

    private final String owner;
    private final Map<Symbol, String> globals = new LinkedHashMap<>();
    private final Map<Object, String> literals = new IdentityHashMap<>();
    private final List<Object[]> literalInits = new ArrayList<>();

    Constants(String owner) {
        this.owner = owner;
    }

    /** Pushes the cell of global {@code name}. */
    void global(MethodVisitor mv, Symbol name) {
        String field = globals.computeIfAbsent(name, n -> "G" + globals.size());
        mv.visitFieldInsn(GETSTATIC, owner, field, "Lorg/termite/runtime/exec/Global;");
    }

    /**
     * Pushes a literal value. Numbers and characters too come from static final fields: the JIT treats those as
     * constants, which folds the type tests of the primitives they are passed to.
     */
    void literal(MethodVisitor mv, Object value, SourcePos pos) {
        if (value == Boolean.TRUE || value == Boolean.FALSE) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/Boolean", value == Boolean.TRUE ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        } else if (value == Nil.NIL) {
            mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/Nil", "NIL", "Lorg/termite/runtime/value/Nil;");
        } else if (value == Unspecified.VALUE) {
            mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/Unspecified", "VALUE", "Lorg/termite/runtime/value/Unspecified;");
        } else if (value == Eof.VALUE) {
            mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/Eof", "VALUE", "Lorg/termite/runtime/value/Eof;");
        } else if (value == DefaultObject.VALUE) {
            mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/DefaultObject", "VALUE", "Lorg/termite/runtime/value/DefaultObject;");
        } else if (value == Global.UNBOUND) {
            mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/exec/Global", "UNBOUND", "Ljava/lang/Object;");
        } else {
            if (value instanceof Procedure || !(value instanceof Long || value instanceof Double || value instanceof BigInteger
                    || value instanceof MString || value instanceof Symbol || value instanceof Keyword || value instanceof SChar
                    || value instanceof Pair || value instanceof Object[] || value instanceof byte[]
                    || value.getClass().getName().equals("org.termite.runtime.num.Ratnum")
                    || value.getClass().getName().equals("org.termite.runtime.num.Complex")
                    || value instanceof org.termite.runtime.exec.LambdaMarker)) {
                throw new CompileError(pos, "cannot compile a literal " + value.getClass().getSimpleName() + ": "
                        + org.termite.runtime.text.Printer.toWriteString(value));
            }
            String field = literals.computeIfAbsent(value, v -> {
                String f = "C" + literalInits.size();
                literalInits.add(new Object[] {f, v});
                return f;
            });
            mv.visitFieldInsn(GETSTATIC, owner, field, "Ljava/lang/Object;");
        }
    }

    /** Declares the fields and writes the static initializer that fills them. */
    void finish(ClassVisitor cv) {
        if (globals.isEmpty() && literalInits.isEmpty()) {
            return;
        }
        MethodVisitor mv = cv.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        for (Map.Entry<Symbol, String> g : globals.entrySet()) {
            cv.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, g.getValue(), "Lorg/termite/runtime/exec/Global;", null, null).visitEnd();
            // by owner class: code shipped from another node resolves in its module version's namespace
            mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(owner));
            mv.visitLdcInsn(g.getKey().name);
            mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/exec/Globals", "cell", "(Ljava/lang/Class;Ljava/lang/String;)Lorg/termite/runtime/exec/Global;", false);
            mv.visitFieldInsn(PUTSTATIC, owner, g.getValue(), "Lorg/termite/runtime/exec/Global;");
        }
        for (Object[] lit : literalInits) {
            String field = (String) lit[0];
            cv.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, field, "Ljava/lang/Object;", null, null).visitEnd();
            build(mv, lit[1]);
            mv.visitFieldInsn(PUTSTATIC, owner, field, "Ljava/lang/Object;");
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void build(MethodVisitor mv, Object v) {
        if (v instanceof Long l) {
            mv.visitLdcInsn(l);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
        } else if (v instanceof Double d) {
            mv.visitLdcInsn(d);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
        } else if (v instanceof MString s) {
            mv.visitLdcInsn(s.toString());
            mv.visitMethodInsn(INVOKESTATIC, RT, "string", "(Ljava/lang/String;)Lorg/termite/runtime/value/MString;", false);
        } else if (v instanceof Symbol s && s.interned) {
            mv.visitLdcInsn(s.name);
            mv.visitMethodInsn(INVOKESTATIC, RT, "symbol", "(Ljava/lang/String;)Lorg/termite/runtime/value/Symbol;", false);
        } else if (v instanceof Keyword k) {
            mv.visitLdcInsn(k.name);
            mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/value/Keyword", "of", "(Ljava/lang/String;)Lorg/termite/runtime/value/Keyword;", false);
        } else if (v instanceof SChar c) {
            mv.visitLdcInsn(c.codePoint);
            mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/value/SChar", "of", "(I)Lorg/termite/runtime/value/SChar;", false);
        } else {
            StringBuilder written = new StringBuilder();
            org.termite.runtime.text.Printer.printShared(v, true, written);
            mv.visitLdcInsn(written.toString());
            mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/text/CompiledConstants", "read", "(Ljava/lang/String;)Ljava/lang/Object;", false);
        }
    }
}
