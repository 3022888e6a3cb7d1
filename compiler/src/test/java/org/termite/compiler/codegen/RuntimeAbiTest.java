package org.termite.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.termite.compiler.TestPipeline;
import org.termite.runtime.code.CompiledCodeApi;

/**
 * The code generator's contract with the runtime and the runtime's allow-list of shipped code are one list:
 * every member RuntimeAbi emits is allowed, every allowed member is one RuntimeAbi emits, and what generated
 * classes actually refer to outside themselves is in RuntimeAbi.
 */
class RuntimeAbiTest {
    private static Set<String> names(List<RuntimeAbi.Member> members) {
        Set<String> out = new TreeSet<>();
        for (RuntimeAbi.Member m : members) {
            out.add(m.owner().getName() + "." + m.name());
        }
        return out;
    }

    @Test
    void everyMemberEmitted_isInTheAllowList_andEveryAllowedMemberIsEmitted() {
        Set<String> allowed = new TreeSet<>();
        CompiledCodeApi.MEMBERS.forEach((owner, ms) -> ms.forEach(m -> allowed.add(owner.getName() + "." + m)));
        assertEquals(allowed, names(RuntimeAbi.members()));
    }

    @Test
    void everyTypeNamed_isAllowed_andEveryAllowedTypeIsNamed() {
        assertEquals(CompiledCodeApi.TYPES, new HashSet<>(RuntimeAbi.types()));
    }

    /** Owner.name of every field and method that a module's classes refer to, other than their own. */
    private static Set<String> references(String program) {
        Set<String> out = new TreeSet<>();
        for (GeneratedClass c : TestPipeline.classes(program, "abi")) {
            new ClassReader(c.bytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String d, String s, String[] e) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int op, String owner, String n, String desc, boolean itf) {
                            add(owner, n);
                        }

                        @Override
                        public void visitFieldInsn(int op, String owner, String n, String desc) {
                            add(owner, n);
                        }
                    };
                }

                private void add(String owner, String name) {
                    if (!owner.startsWith("scm/") && !owner.startsWith("org/termite/runtime/prims/")
                            && !owner.equals("org/termite/runtime/boot/Primitives")) {
                        out.add(owner.replace('/', '.') + "." + name);
                    }
                }

                @Override
                public FieldVisitor visitField(int access, String name, String d, String s, Object v) {
                    return null;
                }
            }, 0);
        }
        return out;
    }

    @Test
    void generatedClasses_referOnlyToRuntimeAbiMembers() {
        String program = "(define (f x #!optional (y 2) . rest) (list x y rest 1.5 #\\a 'sym \"str\" #!eof #!default))\n"
                + "(define (loop n acc) (if (= n 0) acc (loop (- n 1) (+ acc 1))))\n"
                + "(define g 0) (set! g (lambda () (let ((b 1)) (set! b 2) b)))\n"
                + "(define (many a b c d e) (apply f a (list b c d e)))\n"
                + "(f 1) (loop 10 0) (many 1 2 3 4 5) (? 10) '()";
        Set<String> referenced = references(program);
        Set<String> abi = names(RuntimeAbi.members());
        Set<String> outside = new TreeSet<>(referenced);
        outside.removeAll(abi);
        outside.removeIf(m -> m.startsWith("org.termite.runtime.") && !m.startsWith("org.termite.runtime.exec.Rt.")
                && isPrimitive(m));
        assertTrue(outside.isEmpty(), "referred to but not in RuntimeAbi: " + outside);
        assertTrue(referenced.size() > 20, "the program exercises the contract: " + referenced);
    }

    private static boolean isPrimitive(String member) {
        int dot = member.lastIndexOf('.');
        try {
            Class<?> c = Class.forName(member.substring(0, dot));
            for (java.lang.reflect.Method m : c.getMethods()) {
                if (m.getName().equals(member.substring(dot + 1)) && m.isAnnotationPresent(org.termite.runtime.exec.Primitive.class)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
