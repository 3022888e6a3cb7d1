package org.termite.compiler.expand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.MemoryClassLoader;
import org.termite.compiler.TestPipeline;
import org.termite.compiler.codegen.GeneratedClass;

class JavaSyntaxTest {
    private static String expand(String text) {
        return TestPipeline.core(TestPipeline.expand(text));
    }

    @Test
    void staticCall_becomesJavaCallWithItsSiteLiteral() {
        String ir = expand("(Math/abs -5)");
        assertTrue(ir.contains("(%java-call '#(static java.lang.Math abs #f) '-5)"), ir);
    }

    @Test
    void staticField_becomesJavaFieldOfTheSite() {
        String ir = expand("(list Integer/MAX_VALUE)");
        assertTrue(ir.contains("(%java-field '#(static-field java.lang.Integer MAX_VALUE #f))"), ir);
    }

    @Test
    void methodFieldAndConstructor_haveTheirOwnKinds() {
        String ir = expand("(define (f s p) (list (.toUpperCase s) (.-x p) (java.util.ArrayList. 10)))");
        assertTrue(ir.contains("(%java-call '#(virtual #f toUpperCase #f) s."), ir);
        assertTrue(ir.contains("(%java-field '#(field #f x #f) p."), ir);
        assertTrue(ir.contains("(%java-call '#(new java.util.ArrayList <init> #f) '10)"), ir);
    }

    @Test
    void lowercaseSlashNames_stayScheme() {
        String ir = expand("(define (f k) (call/cc k))");
        assertTrue(ir.contains("(call/cc k."), ir);
    }

    @Test
    void localVariable_shadowsJavaSyntax() {
        String ir = expand("(define (f Math/abs) (Math/abs 1))");
        assertTrue(!ir.contains("%java-call"), ir);
    }

    @Test
    void unknownShortClassName_isACompileErrorWithItsPosition() {
        CompileError e = assertThrows(CompileError.class, () -> expand("\n  (Widget/make 1)"));
        assertTrue(e.getMessage().contains("unknown Java class Widget"), e.getMessage());
        assertEquals(2, e.pos.line());
    }

    @Test
    void generatedClasses_passCheckClassAdapter() {
        List<GeneratedClass> classes = TestPipeline.classes(
                "(define (f s l) (.add l (.toUpperCase s)) (list (Math/abs -5) Integer/MAX_VALUE (.-x (java.awt.Point. 1 2))"
                        + " (String/format \"%s %s %s %s\" 1 2 3 4) (.size l)))", "javasyntax");
        MemoryClassLoader loader = new MemoryClassLoader(getClass().getClassLoader());
        loader.add(classes);
        for (GeneratedClass c : classes) {
            StringWriter out = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(c.bytes()), loader, false, new PrintWriter(out));
            assertEquals("", out.toString(), c.internalName());
        }
    }
}
