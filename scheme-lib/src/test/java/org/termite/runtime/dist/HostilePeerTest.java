package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.code.CodeBundle;
import org.termite.runtime.serial.CodeLoaders;
import org.termite.runtime.serial.ObjectCodec;

/**
 * A peer that knows the shared secret but sends code that must not run, or vanishes while a node waits for its
 * code. The node at the other end is a real one (a bare {@code termite node} in its own JVM); this test speaks the
 * node protocol to it by hand. Whatever the peer does, the node refuses the work, says why, and goes on serving.
 */
class HostilePeerTest {
    private static final String SECRET = BareNode.SECRET;
    private static final String EVIL = "scm/evil/run_L1C1";
    private static final long CODE_HASH = 0x1234L;
    private static final long MODULE_HASH = 0x5678L;
    private final List<BareNode> started = new ArrayList<>();

    @BeforeAll
    static void secret() {
        System.setProperty("termite.cookie", SECRET);
        Boot.initPrimitives();
    }

    @AfterEach
    void stopAll() {
        for (BareNode n : started) {
            n.close();
        }
    }

    /** A class that would run an operating system command when called: what a hostile peer offers. */
    static byte[] hostileClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, EVIL, null, "org/termite/runtime/exec/Procedure", null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "NAME", "Ljava/lang/String;", null, "run").visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "CODE_HASH", "J", null, CODE_HASH).visitEnd();
        cw.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "MODULE_HASH", "J", null, MODULE_HASH).visitEnd();
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "org/termite/runtime/exec/Procedure", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor run = cw.visitMethod(ACC_PUBLIC, "apply0", "(I)Ljava/lang/Object;", null, null);
        run.visitCode();
        run.visitMethodInsn(INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
        run.visitLdcInsn("touch /tmp/termite-hostile-peer-ran");
        run.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Runtime", "exec", "(Ljava/lang/String;)Ljava/lang/Process;", false);
        run.visitInsn(ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** The hostile class loaded here, so that a closure of it can be serialized as a real node would. */
    static byte[] closureOfHostileClass() throws Exception {
        byte[] bytes = hostileClass();
        ClassLoader loader = new ClassLoader(HostilePeerTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals(EVIL.replace('/', '.'))) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        CodeLoaders.use(loader);
        Object closure = loader.loadClass(EVIL.replace('/', '.')).getConstructor().newInstance();
        return ObjectCodec.encode(closure, null);
    }

    /** A connection to the node, authenticated under {@code id}. */
    record Connection(Socket socket, DataInputStream in, DataOutputStream out) implements AutoCloseable {
        static Connection open(String port, String id) throws IOException {
            Socket s = new Socket("127.0.0.1", Integer.parseInt(port));
            s.setSoTimeout(30_000);
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            Handshake.initiate(in, out, id, "", "127.0.0.1:" + port, "", (peerId, peerAddress) -> null);
            return new Connection(s, in, out);
        }

        void send(Wire.Frame f) throws IOException {
            Wire.write(out, f);
            out.flush();
        }

        /** The next frame of that type, skipping heartbeats and acknowledgements. */
        Wire.Frame next(int type) throws IOException {
            while (true) {
                Wire.Frame f = Wire.read(in);
                if (f.type() == type) {
                    return f;
                }
                if (f.type() != Wire.HEARTBEAT && f.type() != Wire.ACK) {
                    throw new AssertionError("unexpected frame " + f.type());
                }
            }
        }

        /** Asks the node to spawn the hostile closure; returns the node's request for its code. */
        CodeBundle.Wanted spawnHostile() throws Exception {
            send(new Wire.Payload(Wire.SPAWN).longValue(7).longValue(1).flag(false).blob(closureOfHostileClass()).frame());
            DataInputStream d = next(Wire.CODE_REQUEST).data();
            long id = d.readLong();
            assertEquals(1, d.readInt());
            CodeBundle.Wanted w = CodeBundle.Wanted.read(d);
            return new CodeBundle.Wanted(w.className() + "#" + id, w.codeHash(), w.moduleHash());
        }

        String spawnFailure() throws IOException {
            DataInputStream d = next(Wire.SPAWN_FAILED).data();
            assertEquals(7, d.readLong());
            return d.readUTF();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Wire.Frame answer(long request, CodeBundle bundle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(request);
        bundle.write(out);
        return new Wire.Frame(Wire.CODE, bytes.toByteArray());
    }

    private BareNode node(String... jvm) throws Exception {
        BareNode n = BareNode.start(SECRET, "", jvm);
        started.add(n);
        return n;
    }

    @Test
    void aClassThatCallsTheOperatingSystem_isRefused_andTheNodeServesOthers() throws Exception {
        BareNode node = node();
        String port = node.port;
        try (Connection c = Connection.open(port, "hostile@test")) {
            CodeBundle.Wanted w = c.spawnHostile();
            assertEquals("scm.evil.run_L1C1", w.className().substring(0, w.className().indexOf('#')));
            long request = Long.parseLong(w.className().substring(w.className().indexOf('#') + 1));
            c.send(answer(request, new CodeBundle(List.of(new CodeBundle.ClassFile("scm.evil.run_L1C1", CODE_HASH,
                    MODULE_HASH, hostileClass())), List.of(), List.of())));
            String why = c.spawnFailure();
            assertTrue(why.contains("scm.evil.run_L1C1") && why.contains("was refused")
                    && why.contains("java.lang.Runtime"), why);
        }
        assertTrue(!java.nio.file.Files.exists(Path.of("/tmp/termite-hostile-peer-ran")), "the hostile code ran");
        node.assertServes(SECRET);
    }

    @Test
    void aPeerLostWhileTheNodeWaitsForItsCode_takesItsWorkWithIt() throws Exception {
        BareNode node = node();
        try (Connection c = Connection.open(node.port, "vanishing@test")) {
            c.spawnHostile();
        }
        assertTrue(node.waitForError("dropped 1 frames from the node at vanishing@test that waited for its code", 30),
                node.errors());
        node.assertServes(SECRET);
    }

    @Test
    void aPeerThatNeverSendsTheCode_getsTheWorkRefusedAfterTheTimeout() throws Exception {
        BareNode node = node("-Dtermite.code.timeout.ms=1000");
        try (Connection c = Connection.open(node.port, "silent@test")) {
            c.spawnHostile();
            String why = c.spawnFailure();
            assertTrue(why.contains("did not send the code within 1.0 s") && why.contains("run"), why);
        }
        node.assertServes(SECRET);
    }

}
