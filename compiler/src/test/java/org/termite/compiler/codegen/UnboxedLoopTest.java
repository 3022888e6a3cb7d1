package org.termite.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.CheckClassAdapter;
import org.termite.compiler.MemoryClassLoader;
import org.termite.compiler.TestPipeline;
import org.termite.compiler.ir.Var;

/** Which loop parameters are kept in long locals, and the shape of the code that keeps them there. */
class UnboxedLoopTest {

    /** The names of the unboxed parameters of the procedure named {@code name} in {@code program}. */
    private static List<String> unboxed(String program, String name) {
        for (ProcedureTree.Procedure p : ProcedureTree.of(TestPipeline.closed(program))) {
            if (name.equals(p.lambda().name())) {
                return UnboxedLoop.fixnumParameters(p.lambda(), p.self()).stream().map(Var::name).toList();
            }
        }
        throw new AssertionError("no procedure " + name);
    }

    @Test
    void fixnumParameters_countersChangedByArithmetic() {
        assertEquals(List.of("i", "sum"),
                unboxed("(define (run n) (let loop ((i n) (sum 0)) (if (< i 0) sum (loop (- i 1) (+ i sum)))))", "loop"));
    }

    @Test
    void fixnumParameters_notWhenAnArgumentIsNotArithmetic() {
        assertEquals(List.of("i"),
                unboxed("(define (f l) (let loop ((i 0) (l l)) (if (null? l) i (loop (+ i 1) (cdr l)))))", "loop"));
        assertEquals(List.of(),
                unboxed("(define (f) (let loop ((x 0)) (if (> x 9) x (loop (car (list (+ x 1)))))))", "loop"));
    }

    @Test
    void fixnumParameters_notAParameterOnlyPassedAlong() {
        assertEquals(List.of("i"), unboxed("(define (f n) (let loop ((i 0) (n n)) (if (= i n) i (loop (+ i 1) n))))",
                "loop"));
    }

    @Test
    void fixnumParameters_notAParameterComputedFromANonFixnum() {
        assertEquals(List.of("i"), unboxed(
                "(define (f) (let loop ((i 0) (x 0)) (if (= i 3) x (loop (+ i 1) (+ x (sqrt i))))))", "loop"));
    }

    @Test
    void fixnumParameters_notACounterTheBodyWouldBoxMoreThanOnce() {
        assertEquals(List.of(), unboxed("(define (f v n) (let loop ((i 0)) (if (< i n) "
                + "(begin (vector-set! v (+ i 1) (+ i 2)) (loop (+ i 3))) i)))", "loop"));
        assertEquals(List.of("i"), unboxed("(define (f v n) (let loop ((i 0)) (if (< i n) "
                + "(begin (vector-set! v i (vector-ref v (+ i 1))) (loop (+ i 1))) i)))", "loop"));
        assertEquals(List.of("i"), unboxed("(define (f v n) (let loop ((i 0)) (if (< i n) "
                + "(begin (vector-set! v i i) (loop (+ i 1))) (list i i i))))", "loop"));
    }

    @Test
    void fixnumParameters_noneWhenTheBodyMakesANonTailCall() {
        assertEquals(List.of(), unboxed("(define (f g) (let loop ((i 0)) (if (< i 3) (begin (g i) (loop (+ i 1))) i)))",
                "loop"));
    }

    @Test
    void fixnumParameters_noneWithoutASelfCall() {
        assertEquals(List.of(), unboxed("(define (f x) (+ x 1))", "f"));
    }

    @Test
    void specializedLoop_passesCheckClassAdapterAndIndexesWithoutBoxing() {
        String program = "(define v (make-vector 10 1))\n"
                + "(define (run n) (let loop ((i n) (sum 0)) (if (< i 0) sum (loop (- i 1) (+ (vector-ref v i) sum)))))\n"
                + "(define (fill! w) (do ((i 0 (+ i 1))) ((>= i (vector-length w)) w) (vector-set! w i i)))\n";
        List<GeneratedClass> classes = TestPipeline.classes(program, "unboxed");
        MemoryClassLoader loader = new MemoryClassLoader(getClass().getClassLoader());
        loader.add(classes);
        boolean sawLoop = false;
        boolean sawSet = false;
        for (GeneratedClass c : classes) {
            StringWriter out = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(c.bytes()), loader, false, new PrintWriter(out));
            assertEquals("", out.toString(), c.internalName());
            List<String> calls = calls(c);
            sawSet |= calls.contains("org/termite/runtime/num/UnboxedFixnums.vectorSetFixnum");
            if (c.internalName().contains("/loop_")) {
                sawLoop = true;
                assertTrue(calls.contains("org/termite/runtime/num/UnboxedFixnums.vectorRef"), calls.toString());
                // the generic copy still calls the primitives, for what is not a fixnum
                assertTrue(calls.contains("org/termite/runtime/num/NumberPrims.sub"), calls.toString());
            }
        }
        assertTrue(sawLoop);
        assertTrue(sawSet, "the do loop's vector-set! by its counter");
    }

    @Test
    void specializedLoop_notEmittedForALoopOverAList() {
        List<GeneratedClass> classes = TestPipeline.classes(
                "(define (f l) (let loop ((l l) (acc '())) (if (null? l) acc (loop (cdr l) (cons (car l) acc)))))", "lists");
        for (GeneratedClass c : classes) {
            assertFalse(calls(c).contains("java/lang/Long.longValue"), c.internalName());
        }
    }

    /** The methods called by the class's methods, as owner.name. */
    private static List<String> calls(GeneratedClass c) {
        ClassNode node = new ClassNode();
        new ClassReader(c.bytes()).accept(node, 0);
        return node.methods.stream().flatMap(m -> java.util.Arrays.stream(m.instructions.toArray()))
                .filter(i -> i instanceof MethodInsnNode)
                .map(i -> ((MethodInsnNode) i).owner + "." + ((MethodInsnNode) i).name)
                .toList();
    }
}
