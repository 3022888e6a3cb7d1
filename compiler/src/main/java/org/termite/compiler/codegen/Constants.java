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
import org.termite.compiler.ir.CompileError;
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
    private static final String GLOBAL_DESCRIPTOR = "L" + RuntimeAbi.GLOBAL + ";";
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
        mv.visitFieldInsn(GETSTATIC, owner, field, GLOBAL_DESCRIPTOR);
    }

    /**
     * Pushes a literal value. Numbers and characters too come from static final fields: the JIT treats those as
     * constants, which folds the type tests of the primitives they are passed to.
     */
    void literal(MethodVisitor mv, Object value, SourcePos pos) {
        if (value == Boolean.TRUE || value == Boolean.FALSE) {
            (value == Boolean.TRUE ? RuntimeAbi.TRUE : RuntimeAbi.FALSE).get(mv);
        } else if (value == Nil.NIL) {
            RuntimeAbi.NIL.get(mv);
        } else if (value == Unspecified.VALUE) {
            RuntimeAbi.UNSPECIFIED.get(mv);
        } else if (value == Eof.VALUE) {
            RuntimeAbi.EOF.get(mv);
        } else if (value == DefaultObject.VALUE) {
            RuntimeAbi.DEFAULT_OBJECT.get(mv);
        } else if (value == Global.UNBOUND) {
            RuntimeAbi.UNBOUND.get(mv);
        } else {
            if (value instanceof Procedure || !(value instanceof Long || value instanceof Double || value instanceof BigInteger
                    || value instanceof MString || value instanceof Symbol || value instanceof Keyword || value instanceof SChar
                    || value instanceof Pair || value instanceof Object[] || value instanceof byte[]
                    || value instanceof org.termite.runtime.num.Ratnum
                    || value instanceof org.termite.runtime.num.Complex
                    || value instanceof org.termite.runtime.exec.LambdaMarker)) {
                throw new CompileError(pos, "cannot compile a literal " + value.getClass().getSimpleName() + ": "
                        + org.termite.runtime.text.Printer.toWriteString(value));
            }
            String field = literals.computeIfAbsent(value, v -> {
                String f = "C" + literalInits.size();
                literalInits.add(new Object[] {f, v});
                return f;
            });
            mv.visitFieldInsn(GETSTATIC, owner, field, RuntimeAbi.OBJECT_DESCRIPTOR);
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
            cv.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, g.getValue(), GLOBAL_DESCRIPTOR, null, null).visitEnd();
            // by owner class: code shipped from another node resolves in its module version's namespace
            mv.visitLdcInsn(org.objectweb.asm.Type.getObjectType(owner));
            mv.visitLdcInsn(g.getKey().name);
            RuntimeAbi.GLOBAL_CELL.emit(mv);
            mv.visitFieldInsn(PUTSTATIC, owner, g.getValue(), GLOBAL_DESCRIPTOR);
        }
        for (Object[] lit : literalInits) {
            String field = (String) lit[0];
            cv.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, field, RuntimeAbi.OBJECT_DESCRIPTOR, null, null).visitEnd();
            build(mv, lit[1]);
            mv.visitFieldInsn(PUTSTATIC, owner, field, RuntimeAbi.OBJECT_DESCRIPTOR);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void build(MethodVisitor mv, Object v) {
        if (v instanceof Long l) {
            mv.visitLdcInsn(l);
            RuntimeAbi.BOX_LONG.emit(mv);
        } else if (v instanceof Double d) {
            mv.visitLdcInsn(d);
            RuntimeAbi.BOX_DOUBLE.emit(mv);
        } else if (v instanceof MString s) {
            mv.visitLdcInsn(s.toString());
            RuntimeAbi.STRING.emit(mv);
        } else if (v instanceof Symbol s && s.interned) {
            mv.visitLdcInsn(s.name);
            RuntimeAbi.SYMBOL.emit(mv);
        } else if (v instanceof Keyword k) {
            mv.visitLdcInsn(k.name);
            RuntimeAbi.KEYWORD.emit(mv);
        } else if (v instanceof SChar c) {
            mv.visitLdcInsn(c.codePoint);
            RuntimeAbi.CHAR.emit(mv);
        } else {
            StringBuilder written = new StringBuilder();
            org.termite.runtime.text.Printer.printShared(v, true, written);
            mv.visitLdcInsn(written.toString());
            RuntimeAbi.CONSTANT.emit(mv);
        }
    }
}
