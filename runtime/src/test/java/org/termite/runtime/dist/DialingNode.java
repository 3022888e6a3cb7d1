package org.termite.runtime.dist;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.Capture;
import org.termite.runtime.exec.DynamicState;
import org.termite.runtime.exec.Park;
import org.termite.runtime.exec.Pending;
import org.termite.runtime.proc.Mailbox;
import org.termite.runtime.proc.Pid;
import org.termite.runtime.proc.Process;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.proc.Scheduler;

/**
 * One of the two nodes of {@link SimultaneousDialTest}, a JVM of its own:
 * {@code DialingNode DIR NAME OTHER ROUNDS M START PERIOD}. It listens, writes "ID PORT PID" to DIR/NAME, reads the
 * other's from DIR/OTHER, and then, ROUNDS times, at START + round × PERIOD (ms since the epoch, the same instants
 * for both, so both dial at once, or b a few milliseconds later), sends M numbered messages to the other's receiving process over a new
 * connection and checks that the other's M arrive, once each and in order. The node named "a" then closes the
 * connection, once the other said it has everything; both wait until it is gone, which fails if a dial that lost
 * the round's race connects again afterwards. Each round prints the connection
 * that carried it as "local->remote"; the last line is "done", or what went wrong.
 */
public final class DialingNode {
    private DialingNode() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String name = args[1];
        String other = args[2];
        int rounds = Integer.parseInt(args[3]);
        int m = Integer.parseInt(args[4]);
        long start = Long.parseLong(args[5]);
        long period = Long.parseLong(args[6]);
        Boot.initPrimitives();
        Node self = Distribution.init(new Node("127.0.0.1", 0));
        LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
        Process receiver = receiver(inbox);
        Files.writeString(dir.resolve(name + ".tmp"), Distribution.localId() + " " + self.port() + " " + receiver.pid.id);
        Files.move(dir.resolve(name + ".tmp"), dir.resolve(name));
        Path theirs = dir.resolve(other);
        while (!Files.exists(theirs)) {
            Thread.sleep(10);
        }
        String[] info = Files.readString(theirs).trim().split(" ");
        Distribution.learn(info[0], "127.0.0.1:" + info[1]);
        Peer peer = Distribution.peerOf(info[0]);
        Pid to = Pid.remote(info[0], Long.parseLong(info[2]));
        boolean closer = name.equals("a");
        for (int round = 0; round < rounds; round++) {
            int r = round;
            // b starts a few milliseconds later in some rounds: a's dial may then be answered before a has seen b's
            long wait = start + r * period + (closer ? 0 : r % 5) - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            Thread reaching = null;
            if (r % 2 == 1) {
                // as remote-spawn does: a dial by address, besides the one a send starts
                Thread t = new Thread(() -> {
                    try {
                        Distribution.reach(new Node("127.0.0.1", Integer.parseInt(info[1])));
                    } catch (java.io.IOException e) {
                        System.out.println("round " + r + ": reach failed: " + e.getMessage());
                        System.exit(1);
                    }
                });
                t.start();
                reaching = t;
            }
            for (int k = 0; k < m; k++) {
                RemoteProcesses.INSTANCE.send(to, (long) (r * m + k));
            }
            for (int k = 0; k < m; k++) {
                Object got = inbox.poll(30, TimeUnit.SECONDS);
                if (got == null || (Long) got != r * m + k) {
                    System.out.println("round " + r + ": expected " + (r * m + k) + ", got " + got);
                    System.exit(1);
                }
            }
            if (reaching != null) {
                // done before the connection closes, so that it does not open the next one
                reaching.join();
            }
            System.out.println("round " + r + " " + peer.connectionEnds());
            if (closer) {
                Object done = inbox.poll(30, TimeUnit.SECONDS);
                if (done == null || (Long) done != -1 - r) {
                    System.out.println("round " + r + ": expected the end of the round, got " + done);
                    System.exit(1);
                }
                peer.disconnect("the round is over");
            } else {
                RemoteProcesses.INSTANCE.send(to, (long) (-1 - r));
            }
            // a connection that outlives the round was made after it closed, by a dial that nothing needed any more
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (peer.isConnected()) {
                if (System.nanoTime() > deadline) {
                    System.out.println("round " + r + ": still connected after 10 s, over " + peer.connectionEnds());
                    System.exit(1);
                }
                Thread.sleep(1);
            }
        }
        System.out.println("done");
        System.exit(0);
    }

    /** A process that hands every message it receives to {@code inbox}. */
    private static Process receiver(LinkedBlockingQueue<Object> inbox) {
        Pending body = new Pending() {
            @Override
            public Object run(org.termite.runtime.exec.Frame k) {
                Mailbox box = Processes.current().mailbox();
                for (Mailbox.Node n = box.next(box.start()); n != null; n = box.next(box.start())) {
                    inbox.add(box.remove(n));
                }
                throw new Capture(new Park(this, false));
            }
        };
        Scheduler s = Scheduler.get();
        Process p = s.create(body, DynamicState.EMPTY, null);
        s.start(p);
        return p;
    }
}
