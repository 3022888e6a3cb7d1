package org.termite.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.ir.Anf;
import org.termite.compiler.ir.Var;

/**
 * Emits the class of one procedure: a subclass of {@code org.termite.runtime.exec.Procedure} whose fields are the
 * closure's free values, with
 * <ul>
 * <li>the entry method: {@code applyK(int d, Object...)} for a fixed arity K up to 4, else {@code applyN};</li>
 * <li>{@code applyN} as an arity-checking adaptor when the entry is {@code applyK};</li>
 * <li>{@code resume(point, slots, value)}: a copy of the body entered through a switch on the resume point,
 * which restores the live variables a captured frame saved and jumps to just after the interrupted call;</li>
 * <li>{@code name()} and {@code resumePosition(point)} for messages and backtraces.</li>
 * </ul>
 * The body is emitted by {@link BodyEmitter}, once per method that contains it. Nested procedures get classes
 * of their own, found by walking the module's procedure tree ({@link ProcedureTree}).
 */
public final class LambdaEmitter {
    static final String PROCEDURE = RuntimeAbi.PROCEDURE;

    private final Anf.Lambda lambda;
    private final String className;
    private final Var self;
    private final ClassNaming naming;
    private final String sourceFile;
    /** The hash of the whole module: which version of the module a class belongs to. */
    private final long moduleHash;

    private LambdaEmitter(Anf.Lambda lambda, Var self, ClassNaming naming, String sourceFile, long moduleHash) {
        this.lambda = lambda;
        this.moduleHash = moduleHash;
        this.className = naming.nameOf(lambda);
        this.self = self;
        this.naming = naming;
        this.sourceFile = sourceFile;
    }

    /** Emits the classes of a module: its top-level procedure's and every nested procedure's, one class each. */
    public static List<GeneratedClass> emitModule(Anf.Lambda toplevel, ClassNaming naming, String sourceFile) {
        naming.assign(toplevel);
        long moduleHash = CodeHash.of(toplevel);
        List<GeneratedClass> out = new ArrayList<>();
        for (ProcedureTree.Procedure p : ProcedureTree.of(toplevel)) {
            out.add(new LambdaEmitter(p.lambda(), p.self(), naming, sourceFile, moduleHash).emit());
        }
        return out;
    }

    static String constructorDescriptor(Anf.Lambda l) {
        return "(" + RuntimeAbi.OBJECT_DESCRIPTOR.repeat(l.free().size()) + ")V";
    }

    static String entryName(Anf.Lambda l) {
        return directEntry(l) ? "apply" + l.required().size() : "applyN";
    }

    static String entryDescriptor(Anf.Lambda l) {
        return (directEntry(l) ? RuntimeAbi.APPLY.get(l.required().size()) : RuntimeAbi.APPLY_N).descriptor();
    }

    /** Fixed arity of at most 4: the body is the arity's own apply method, arguments in registers. */
    static boolean directEntry(Anf.Lambda l) {
        return l.fixedArity() && l.required().size() <= 4;
    }

    private GeneratedClass emit() {
        ClassWriter cw = new FrameComputingWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, PROCEDURE, null);
        cw.visitSource(sourceFile, null);
        Constants constants = new Constants(className);
        for (int i = 0; i < lambda.free().size(); i++) {
            // Not final: closures of one letrec are created first and then given each other.
            cw.visitField(ACC_PUBLIC, "f" + i, RuntimeAbi.OBJECT_DESCRIPTOR, null, null).visitEnd();
        }
        emitConstructor(cw);
        BodyEmitter.Result entry = new BodyEmitter(naming, lambda, self, constants, false,
                cw.visitMethod(ACC_PUBLIC, entryName(lambda), entryDescriptor(lambda), null, null)).emit();
        if (directEntry(lambda)) {
            emitArityAdaptor(cw);
        }
        String columns = entryName(lambda) + " " + entry.columns();
        if (lambda.resumePoints() > 0) {
            BodyEmitter.Result resumed = new BodyEmitter(naming, lambda, self, constants, true,
                    cw.visitMethod(ACC_PUBLIC, "resume", RuntimeAbi.RESUME_DESCRIPTOR, null, null)).emit();
            emitPositions(cw, constants, entry.positions());
            columns += ";resume " + resumed.columns();
        }
        // Read by SchemeError for the column of the innermost Scheme position: "method bci:column ...;..."
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "COLUMNS", "Ljava/lang/String;", null, columns).visitEnd();
        emitName(cw);
        constants.finish(cw);
        cw.visitEnd();
        return new GeneratedClass(className, cw.toByteArray());
    }

    private void emitConstructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", constructorDescriptor(lambda), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        RuntimeAbi.PROCEDURE_INIT.emit(mv);
        for (int i = 0; i < lambda.free().size(); i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, i + 1);
            mv.visitFieldInsn(PUTFIELD, className, "f" + i, RuntimeAbi.OBJECT_DESCRIPTOR);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** applyN for a procedure whose body is in applyK: checks the count and passes the arguments on. */
    private void emitArityAdaptor(ClassWriter cw) {
        int n = lambda.required().size();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, RuntimeAbi.APPLY_N.name(), RuntimeAbi.APPLY_N.descriptor(), null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 2);
        mv.visitInsn(ARRAYLENGTH);
        BodyEmitter.pushInt(mv, n);
        org.objectweb.asm.Label ok = new org.objectweb.asm.Label();
        mv.visitJumpInsn(IF_ICMPEQ, ok);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitInsn(ARRAYLENGTH);
        BodyEmitter.pushInt(mv, n);
        BodyEmitter.pushInt(mv, n);
        RuntimeAbi.ARITY_ERROR.emit(mv);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ILOAD, 1);
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(ALOAD, 2);
            BodyEmitter.pushInt(mv, i);
            mv.visitInsn(AALOAD);
        }
        mv.visitMethodInsn(INVOKEVIRTUAL, className, entryName(lambda), entryDescriptor(lambda), false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * name() and the constants read without an instance: NAME for backtraces, CODE_HASH for serialized closures
     * and frames, which must find the same code where they are decoded (the class name is the code's stable
     * ID; the hash tells a different version of it apart), MODULE_HASH for the version of the module it belongs to,
     * whose definitions the code uses.
     */
    private void emitName(ClassWriter cw) {
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "NAME", "Ljava/lang/String;", null, lambda.name()).visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "CODE_HASH", "J", null, CodeHash.of(lambda)).visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "MODULE_HASH", "J", null, moduleHash).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "name", RuntimeAbi.NAME_DESCRIPTOR, null, null);
        mv.visitCode();
        mv.visitLdcInsn(lambda.name());
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** resumePosition(point): the source position of each resume point, from one string split once. */
    private void emitPositions(ClassWriter cw, Constants constants, String[] positions) {
        cw.visitField(ACC_PRIVATE | ACC_STATIC, "POSITIONS", "[Ljava/lang/String;", null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "resumePosition", RuntimeAbi.RESUME_POSITION_DESCRIPTOR, null, null);
        mv.visitCode();
        org.objectweb.asm.Label ready = new org.objectweb.asm.Label();
        mv.visitFieldInsn(GETSTATIC, className, "POSITIONS", "[Ljava/lang/String;");
        mv.visitJumpInsn(IFNONNULL, ready);
        mv.visitLdcInsn(String.join("\n", positions));
        mv.visitLdcInsn("\n");
        RuntimeAbi.SPLIT.emit(mv);
        mv.visitFieldInsn(PUTSTATIC, className, "POSITIONS", "[Ljava/lang/String;");
        mv.visitLabel(ready);
        mv.visitFieldInsn(GETSTATIC, className, "POSITIONS", "[Ljava/lang/String;");
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(AALOAD);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
