package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.termite.runtime.boot.Boot;

/**
 * A node's listener and handshake under abuse: bytes trickled to keep a handshake open, large frames before
 * authentication, a crowd of connections that never authenticate, file descriptors running out, and an
 * authenticated peer that breaks the protocol. Each is refused with a message naming the peer, and the node keeps
 * serving.
 */
class ListenerTest {
    private static final String SECRET = BareNode.SECRET;
    private final List<BareNode> nodes = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeAll
    static void secret() {
        System.setProperty("termite.cookie", SECRET);
        Boot.initPrimitives();
    }

    @AfterEach
    void stopAll() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        for (BareNode n : nodes) {
            n.close();
        }
    }

    private BareNode node(String shell, String... jvm) throws Exception {
        BareNode n = BareNode.start(SECRET, shell, jvm);
        nodes.add(n);
        return n;
    }

    private Socket connect(BareNode n) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(n.port)), 2000);
        return s;
    }

    /** Whether the node closes {@code s} within {@code millis}. */
    private static boolean closedWithin(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        try {
            InputStream in = s.getInputStream();
            while (in.read() >= 0) {
                // a refusal frame may come first
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    @Test
    void aHandshakeTrickledAByteAtATime_isCutAtItsDeadline() throws Exception {
        BareNode n = node("", "-Dtermite.handshake.ms=1500");
        Socket s = connect(n);
        long start = System.nanoTime();
        // a well-formed start of a hello frame, one byte every 250 ms
        byte[] hello = {0, 0, 0, (byte) 200, (byte) Wire.HELLO, 0x54, 0x52, 0x4D, 0x54, 0, 0, 0, 2};
        boolean closed = false;
        for (int i = 0; i < 40 && !closed; i++) {
            try {
                s.getOutputStream().write(i < hello.length ? hello[i] : 0);
                s.getOutputStream().flush();
            } catch (IOException e) {
                closed = true;
                break;
            }
            closed = closedWithin(s, 250);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(closed && millis < 5000, "closed: " + closed + " after " + millis + " ms");
        assertTrue(n.waitForError("the handshake took longer than 1500 ms", 10), n.errors());
        n.assertServes(SECRET);
    }

    @Test
    void aLargeFrameBeforeAuthentication_isRefusedUnread() throws Exception {
        BareNode n = node("");
        Socket s = connect(n);
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        out.writeInt(100_000);
        out.writeByte(Wire.HELLO);
        out.write(new byte[1000]);
        out.flush();
        assertTrue(closedWithin(s, 5000), "the node kept the connection");
        assertTrue(n.waitForError("malformed frame: length 100000", 10), n.errors());
    }

    @Test
    void aCrowdOfConnectionsThatNeverAuthenticate_isBounded_andTheNodeGoesOn() throws Exception {
        BareNode n = node("", "-Dtermite.handshakes.max=8", "-Dtermite.handshake.ms=3000");
        List<Socket> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(connect(n));
        }
        int refused = 0;
        for (Socket s : crowd) {
            if (closedWithin(s, 200)) {
                refused++;
            }
        }
        assertTrue(refused >= 10, "refused " + refused + " of 20");
        assertTrue(n.waitForError("8 connections are already in their handshake", 10), n.errors());
        Thread.sleep(3500); // the crowd's handshakes time out
        n.assertServes(SECRET);
    }

    @Test
    void acceptFailingForWantOfFileDescriptors_isLogged_andRetried() throws Exception {
        BareNode n = node("ulimit -n 160", "-Dtermite.handshakes.max=1000", "-Dtermite.handshake.ms=60000");
        List<Socket> crowd = new ArrayList<>();
        for (int i = 0; i < 200 && !n.errors().contains("Too many open files"); i++) {
            try {
                crowd.add(connect(n));
            } catch (IOException e) {
                break; // the node's backlog is full
            }
            if (i % 20 == 19) {
                Thread.sleep(100);
            }
        }
        assertTrue(n.waitForError("accepting a connection at 127.0.0.1:" + n.port + " failed: Too many open files", 20),
                n.errors());
        for (Socket s : crowd) {
            s.close();
        }
        Thread.sleep(1500); // the node's side of each connection sees its end, and the node accepts again
        n.assertServes(SECRET);
        assertTrue(!n.errors().contains("Exception"), n.errors());
    }

    @Test
    void aMalformedFrameFromAnAuthenticatedPeer_isLoggedWithItsName() throws Exception {
        BareNode n = node("");
        try (HostilePeerTest.Connection c = HostilePeerTest.Connection.open(n.port, "broken@test")) {
            c.send(new Wire.Frame(99, new byte[] {1, 2, 3}));
            assertTrue(n.waitForError("closed the connection to the node at broken@test: it sent a malformed frame: "
                    + "unknown type 99", 10), n.errors());
        }
        n.assertServes(SECRET);
    }
}
