package org.termite.runtime.code;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.termite.compiler.Session;
import org.termite.compiler.codegen.GeneratedClass;

/**
 * The check of classes from other nodes: everything the compiler writes passes (the standard library and every
 * end-to-end test program), and a class that reaches outside what compiled Scheme code may call is refused with a
 * reason that names what it reached for.
 */
class ClassCheckTest {
    private static final String NAME = "scm/shop/cart_L1C1";

    /** Checks one generated class against the hashes its own constants carry. */
    private static void passes(String className, byte[] bytes) throws CodeRefused {
        ClassScan scan = ClassScan.of(bytes);
        long code = 0;
        long module = 0;
        for (ClassScan.FieldDecl f : scan.fields) {
            if (f.name().equals("CODE_HASH")) {
                code = (Long) f.value();
            } else if (f.name().equals("MODULE_HASH")) {
                module = (Long) f.value();
            }
        }
        ClassCheck.check(bytes, className, code, module);
    }

    /** Every class of the standard library: each module class and the classes its code reaches. */
    @Test
    void everyClassOfTheStandardLibrary_passes() throws Exception {
        Path classes = Path.of("target/classes");
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
        for (String line : Files.readAllLines(classes.resolve(org.termite.runtime.boot.Boot.LIBRARY_INDEX))) {
            if (!line.isBlank()) {
                work.add(line.trim().split(" ")[0].replace('.', '/'));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!work.isEmpty()) {
            String name = work.poll();
            if (!seen.add(name)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(classes.resolve(name + ".class"));
            passes(name.replace('/', '.'), bytes);
            String own = name.substring(0, name.lastIndexOf('/') + 1);
            for (String named : ClassScan.of(bytes).classesNamed()) {
                if (named.startsWith(own)) {
                    work.add(named);
                }
            }
        }
        assertTrue(seen.size() > 300, "checked " + seen.size() + " classes");
    }

    @Test
    void everyClassCompiledFromTheTestPrograms_passes_whenJavaInteropIsAllowed() throws Exception {
        CodePolicy.allowForeignJava(true);
        try {
            checkTestPrograms();
        } finally {
            CodePolicy.allowForeignJava(false);
        }
    }

    @Test
    void javaInterop_isRefusedInCodeFromOtherNodes_unlessAllowed() throws Exception {
        List<GeneratedClass> classes = new Session().compiler().compile(
                "(define (f x) (Math/abs x))", "interop.scm", "interop");
        GeneratedClass f = classes.stream().filter(c -> c.binaryName().contains(".f_")).findFirst().orElseThrow();
        String m = assertThrows(CodeRefused.class, () -> passes(f.binaryName(), f.bytes())).getMessage();
        assertTrue(m.contains("org.termite.runtime.java.JavaPrims"), m);
        CodePolicy.allowForeignJava(true);
        try {
            passes(f.binaryName(), f.bytes());
        } finally {
            CodePolicy.allowForeignJava(false);
        }
    }

    private static void checkTestPrograms() throws Exception {
        Session session = new Session();
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/scheme"))) {
            files.filter(f -> f.toString().endsWith(".scm")).forEach(programs::add);
        }
        int n = 0;
        for (Path p : programs) {
            List<GeneratedClass> classes;
            try {
                classes = session.compiler().compile(Files.readString(p), p.toString(),
                        "t" + Integer.toHexString(p.toString().hashCode() & 0xffffff));
            } catch (IOException | RuntimeException e) {
                continue; // programs that test compile errors
            }
            for (GeneratedClass c : classes) {
                passes(c.binaryName(), c.bytes());
                n++;
            }
        }
        assertTrue(n > 1000, "checked " + n + " classes");
    }

    /** A procedure class whose apply0 is {@code body}, with the constants a compiled one has. */
    private static byte[] procedure(String superName, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, superName, null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "NAME", "Ljava/lang/String;", null, "cart").visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "CODE_HASH", "J", null, 1L).visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "MODULE_HASH", "J", null, 2L).visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "apply0", "(I)Ljava/lang/Object;", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String refused(byte[] bytes, long codeHash, long moduleHash) {
        return assertThrows(CodeRefused.class, () -> ClassCheck.check(bytes, NAME.replace('/', '.'), codeHash, moduleHash))
                .getMessage();
    }

    private static String refused(Consumer<MethodVisitor> body) {
        return refused(procedure("org/termite/runtime/exec/Procedure", body), 1, 2);
    }

    @Test
    void aWellFormedProcedure_passes() throws Exception {
        ClassCheck.check(procedure("org/termite/runtime/exec/Procedure",
                mv -> mv.visitFieldInsn(GETSTATIC, "org/termite/runtime/value/Unspecified", "VALUE",
                        "Lorg/termite/runtime/value/Unspecified;")), NAME.replace('/', '.'), 1, 2);
    }

    @Test
    void reachingOutsideCompiledCode_isRefused_namingWhat() {
        String m = refused(mv -> {
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
        });
        assertTrue(m.contains("java.lang.Runtime.getRuntime"), m);
        m = refused(mv -> {
            mv.visitLdcInsn("java.lang.Runtime");
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Class", "forName", "(Ljava/lang/String;)Ljava/lang/Class;", false);
        });
        assertTrue(m.contains("java.lang.Class.forName"), m);
        // the runtime's own internals are not an API for compiled code, only its primitives are
        m = refused(mv -> {
            mv.visitMethodInsn(INVOKESTATIC, "org/termite/runtime/boot/Boot", "init", "()V", false);
            mv.visitInsn(ACONST_NULL);
        });
        assertTrue(m.contains("org.termite.runtime.boot.Boot.init"), m);
        m = refused(mv -> {
            mv.visitTypeInsn(NEW, "java/lang/ProcessBuilder");
        });
        assertTrue(m.contains("java.lang.ProcessBuilder"), m);
        m = refused(mv -> {
            mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Object;", new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory",
                    "metafactory", "()V", false));
        });
        assertTrue(m.contains("invokedynamic"), m);
    }

    @Test
    void aClassThatIsNotTheAnnouncedProcedure_isRefused() {
        byte[] ok = procedure("org/termite/runtime/exec/Procedure", mv -> mv.visitInsn(ACONST_NULL));
        assertTrue(refused(ok, 9, 2).contains("code hash"));
        assertTrue(refused(ok, 1, 9).contains("module version"));
        assertTrue(refused(procedure("java/lang/Object", mv -> mv.visitInsn(ACONST_NULL)), 1, 2).contains("not a compiled Scheme procedure"));
        assertTrue(refused(new byte[] {1, 2, 3}, 1, 2).contains("not a class file"));
        assertTrue(refused(new byte[ClassCheck.MAX_CLASS_BYTES + 1], 1, 2).contains("more than"));
        String m = assertThrows(CodeRefused.class, () -> ClassCheck.check(ok, "scm.shop.other_L2C2", 1, 2)).getMessage();
        assertTrue(m.contains("named scm/shop/cart_L1C1"), m);
    }
}
