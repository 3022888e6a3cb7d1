package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which handshake may become a peer's connection, and when a dial made for queued frames is no longer needed: a
 * dial that outlives its purpose must not open a connection that nothing asked for, nor wait for one that nothing
 * will make.
 */
class PeerClaimTest {
    private ServerSocket server;
    private Socket dialled;
    private Socket accepted;

    @BeforeEach
    void sockets() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        dialled = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        accepted = server.accept();
    }

    @AfterEach
    void close() throws IOException {
        dialled.close();
        accepted.close();
        server.close();
    }

    private Handshaking handshake() throws IOException {
        return Handshaking.open(dialled);
    }

    private static Wire.Frame frame() {
        return new Wire.Payload(Wire.HEARTBEAT).frame();
    }

    @Test
    void claimDial_forSend_stepsBackWhenNoFrameWaits_andClaimsWhenOneDoes() throws IOException {
        Peer p = new Peer("peer-id", "127.0.0.1:1");
        assertEquals(Handshake.NOT_NEEDED, p.claimDial(handshake(), true));
        assertFalse(p.isConnecting(), "a dial that stepped back holds no claim");

        p.outbox.add(frame());
        assertNull(p.claimDial(handshake(), true));
        assertTrue(p.isConnecting());
        assertEquals(Handshake.DUPLICATE, p.claimDial(handshake(), true), "the claim is held");
    }

    @Test
    void claimDial_notForSend_claimsWithNothingQueued() throws IOException {
        Peer p = new Peer("peer-id", "127.0.0.1:1");
        assertNull(p.claimDial(handshake(), false), "a dial asked for by address wants the connection itself");
    }

    @Test
    void dialNeeded_onlyWhileFramesWait() {
        Peer p = new Peer("peer-id", "127.0.0.1:1");
        assertFalse(p.dialNeeded());
        p.outbox.add(frame());
        assertTrue(p.dialNeeded());
        p.outbox.clear();
        assertFalse(p.dialNeeded());
    }

    @Test
    void awaitConnection_forSend_endsWhenTheClaimIsGivenUpAndNothingWaits() throws Exception {
        Peer p = new Peer("peer-id", "127.0.0.1:1");
        p.outbox.add(frame());
        Handshaking other = handshake();
        assertNull(p.claimDial(other, true));
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> p.awaitConnection(60_000, true));
        Thread.sleep(100);
        assertFalse(waiting.isDone(), "the claim's handshake may still connect: the dial waits for it");

        // the frames went (dropped with a connection that closed), and the other handshake failed
        p.outbox.clear();
        p.unclaim(other);
        assertTrue(waiting.get(10, TimeUnit.SECONDS), "not needed any more: done, as if connected");
        assertFalse(p.isConnected());
    }

    @Test
    void awaitConnection_notForSend_waitsForAConnection() {
        Peer p = new Peer("peer-id", "127.0.0.1:1");
        assertFalse(p.awaitConnection(50, false), "nothing connected it");
    }
}
