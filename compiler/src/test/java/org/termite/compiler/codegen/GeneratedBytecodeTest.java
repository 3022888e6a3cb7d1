package org.termite.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.util.CheckClassAdapter;
import org.termite.compiler.MemoryClassLoader;
import org.termite.compiler.TestPipeline;

/** Checks generated classes: verifier-clean, stable names, frames only in handlers, source positions. */
class GeneratedBytecodeTest {
    static final String PROGRAM = String.join("\n",
            "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))",
            "(define (count-up n) (let loop ((i 0) (acc '())) (if (= i n) acc (loop (+ i 1) (cons i acc)))))",
            "(define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))",
            "(define (opt a #!optional (b 10) #!rest r) (list a b r))",
            "(define (many a b c d e f) (list a b c d e f (apply + a b (list c))))",
            "(define (evens l) (define (e? x) (if (= x 0) #t (o? (- x 1)))) (define (o? x) (if (= x 0) #f (e? (- x 1))))",
            "  (let walk ((l l)) (cond ((null? l) '()) ((e? (car l)) (cons (car l) (walk (cdr l)))) (else (walk (cdr l))))))",
            "(define v (vector 1 \"two\" #\\3 3.5 12345678901234567890 1/3 'sym))",
            "(define (serve n) (recv ((from 'add k) (! from (+ n k)) (serve (+ n k))) (('get from) (! from n) (serve n)) (after 5 n)))",
            "(display (fib 10))");

    @Test
    void everyClass_passesCheckClassAdapter() {
        List<GeneratedClass> classes = TestPipeline.classes(PROGRAM, "bytecode");
        MemoryClassLoader loader = new MemoryClassLoader(getClass().getClassLoader());
        loader.add(classes);
        assertTrue(classes.size() >= 8, "one class per procedure: " + classes.size());
        for (GeneratedClass c : classes) {
            StringWriter out = new StringWriter();
            CheckClassAdapter.verify(new ClassReader(c.bytes()), loader, false, new PrintWriter(out));
            assertEquals("", out.toString(), c.internalName());
        }
    }

    @Test
    void classNames_areStableAndDerivedFromPositions() {
        List<GeneratedClass> first = TestPipeline.classes(PROGRAM, "bytecode");
        List<GeneratedClass> second = TestPipeline.classes(PROGRAM, "bytecode");
        assertEquals(first.stream().map(GeneratedClass::internalName).toList(),
                second.stream().map(GeneratedClass::internalName).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).internalName());
        }
        Set<String> names = new HashSet<>(first.stream().map(GeneratedClass::internalName).toList());
        assertTrue(names.contains("scm/bytecode/fib_L1C1"), names.toString());
        assertTrue(names.contains("scm/bytecode/__module"), names.toString());
    }

    @Test
    void classNames_doNotDependOnOtherCode() {
        String extra = "(define (unrelated) 42)\n";
        List<String> alone = TestPipeline.classes("(define (f x) (lambda () x))", "m").stream()
                .map(GeneratedClass::internalName).toList();
        List<String> withMore = TestPipeline.classes("(define (f x) (lambda () x))\n" + extra, "m").stream()
                .map(GeneratedClass::internalName).toList();
        assertTrue(withMore.containsAll(alone), alone + " vs " + withMore);
    }

    /**
     * A heap frame is made only where the JVM stack is being given up: in a capture's handler, or where a receive
     * returned its park instead of throwing it.
     */
    @Test
    void frames_areAllocatedOnlyInCaptureHandlersAndParkedReturns() {
        for (GeneratedClass c : TestPipeline.classes(PROGRAM, "bytecode")) {
            ClassNode node = node(c);
            for (MethodNode m : node.methods) {
                Set<LabelNode> handlerStarts = new HashSet<>();
                for (TryCatchBlockNode t : m.tryCatchBlocks) {
                    assertEquals("org/termite/runtime/exec/Capture", t.type);
                    handlerStarts.add(t.handler);
                }
                boolean inHandler = false;
                AbstractInsnNode lastJump = null;
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof LabelNode l && handlerStarts.contains(l)) {
                        inHandler = true;
                    }
                    if (insn.getOpcode() >= Opcodes.IFEQ && insn.getOpcode() <= Opcodes.IF_ACMPNE) {
                        lastJump = insn;
                    }
                    assertFalse(insn instanceof TypeInsnNode t && t.getOpcode() == Opcodes.NEW
                                    && t.desc.equals("org/termite/runtime/exec/Frame"),
                            c.internalName() + "." + m.name + " makes a frame by new, which the JIT compiles as a trap until"
                                    + " the method has run it");
                    if (insn instanceof MethodInsnNode mi && mi.owner.equals("org/termite/runtime/exec/Frame") && mi.name.startsWith("of")) {
                        boolean afterParkedTest = lastJump != null && lastJump.getOpcode() == Opcodes.IF_ACMPNE
                                && lastJump.getPrevious() instanceof FieldInsnNode f && f.name.equals("PARKED");
                        assertTrue(inHandler || afterParkedTest,
                                c.internalName() + "." + m.name + " allocates a frame outside a handler");
                    }
                }
            }
        }
    }

    @Test
    void fib_callSitesHaveHandlersAndTailCallsDoNot() {
        ClassNode fib = node(TestPipeline.classes(PROGRAM, "bytecode").stream()
                .filter(c -> c.internalName().endsWith("fib_L1C1")).findFirst().orElseThrow());
        MethodNode apply1 = fib.methods.stream().filter(m -> m.name.equals("apply1")).findFirst().orElseThrow();
        assertEquals(2, apply1.tryCatchBlocks.stream().map(t -> t.handler).distinct().count(), "two non-tail calls");
        long settles = 0;
        long signalChecks = 0;
        for (AbstractInsnNode insn : apply1.instructions) {
            if (insn instanceof MethodInsnNode mi && mi.name.equals("settle")) {
                settles++;
            }
            if (insn instanceof TypeInsnNode t && t.getOpcode() == Opcodes.INSTANCEOF && t.desc.endsWith("/Signal")) {
                signalChecks++;
            }
        }
        assertEquals(2, settles, "each non-tail call settles the tail calls handed back to it");
        assertEquals(4, signalChecks, "each call's value is checked for a signal, and again after settling");
        assertTrue(fib.methods.stream().anyMatch(m -> m.name.equals("resume")), "a resume entry");
        ClassNode loop = node(TestPipeline.classes(PROGRAM, "bytecode").stream()
                .filter(c -> c.internalName().contains("/loop_")).findFirst().orElseThrow());
        for (MethodNode m : loop.methods) {
            assertEquals(0, m.tryCatchBlocks.size(), "a self tail call is a jump: " + m.name);
            assertFalse(m.name.equals("resume"), "no resume points in a loop of tail calls");
        }
    }

    @Test
    void receiveCallSites_takeAReturnedPark_otherCallSitesDoNot() {
        List<GeneratedClass> classes = TestPipeline.classes(PROGRAM, "bytecode");
        ClassNode serve = node(classes.stream().filter(c -> c.internalName().contains("/serve_")).findFirst().orElseThrow());
        MethodNode apply1 = serve.methods.stream().filter(m -> m.name.equals("apply1")).findFirst().orElseThrow();
        List<String> calls = new java.util.ArrayList<>();
        for (AbstractInsnNode insn : apply1.instructions) {
            // the frame is made between the call and the saving of it
            if (insn instanceof MethodInsnNode mi && !mi.name.equals("<init>")
                    && !mi.owner.equals("org/termite/runtime/exec/Frame")) {
                calls.add(mi.name);
            }
        }
        int entry = calls.indexOf("parkingEntry");
        assertTrue(entry >= 0, "the receive is called through its parking entry: " + calls);
        assertEquals("apply3", calls.get(entry + 1), calls.toString());
        assertEquals("parkedAt", calls.get(entry + 2), "a returned park saves the caller's frame: " + calls);
        ClassNode fib = node(classes.stream().filter(c -> c.internalName().endsWith("fib_L1C1")).findFirst().orElseThrow());
        for (MethodNode m : fib.methods) {
            for (AbstractInsnNode insn : m.instructions) {
                assertFalse(insn instanceof MethodInsnNode mi && mi.name.equals("parkingEntry"), "fib calls no receive");
                assertFalse(insn instanceof FieldInsnNode f && f.name.equals("PARKED"), "fib calls no receive");
            }
        }
    }

    @Test
    void classes_carrySourceFileAndLineNumbers() {
        for (GeneratedClass c : TestPipeline.classes(PROGRAM, "bytecode")) {
            ClassNode node = node(c);
            assertEquals("bytecode.scm", node.sourceFile);
        }
        ClassNode walk = node(TestPipeline.classes(PROGRAM, "bytecode").stream()
                .filter(c -> c.internalName().contains("/walk_")).findFirst().orElseThrow());
        Set<Integer> lines = new HashSet<>();
        for (MethodNode m : walk.methods) {
            for (AbstractInsnNode insn : m.instructions) {
                if (insn instanceof LineNumberNode n) {
                    lines.add(n.line);
                }
            }
        }
        assertTrue(lines.contains(7), "walk's code is on line 7: " + lines);
    }

    private static ClassNode node(GeneratedClass c) {
        ClassNode n = new ClassNode();
        new ClassReader(c.bytes()).accept(n, 0);
        return n;
    }
}
