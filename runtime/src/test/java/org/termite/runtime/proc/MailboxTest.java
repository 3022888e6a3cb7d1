package org.termite.runtime.proc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MailboxTest {
    @Test
    void concurrentSenders_everyMessageArrivesOnce_inEachSendersOrder() throws Exception {
        Mailbox box = new Mailbox();
        int senders = 4;
        int perSender = 50_000;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            long sender = s;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (long i = 0; i < perSender; i++) {
                    box.add(new long[] {sender, i});
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        long[] nextExpected = new long[senders];
        int received = 0;
        long deadline = System.nanoTime() + 20_000_000_000L;
        // The owner receives while the senders are still sending, as a process would.
        while (received < senders * perSender && System.nanoTime() < deadline) {
            Mailbox.Node n = box.next(box.start());
            if (n == null) {
                Thread.onSpinWait();
                continue;
            }
            long[] m = (long[]) box.remove(n);
            assertEquals(nextExpected[(int) m[0]], m[1], "order of sender " + m[0]);
            nextExpected[(int) m[0]]++;
            received++;
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(senders * perSender, received);
        assertFalse(box.hasIncoming());
        assertEquals(0, box.size());
    }

    @Test
    void selectiveRemoval_keepsTheOthersInOrder_andAMarkSeesOnlyLaterMessages() {
        Mailbox box = new Mailbox();
        for (String m : List.of("a", "b", "c")) {
            box.add(m);
        }
        Mailbox.Node a = box.next(box.start());
        Mailbox.Node b = box.next(a);
        assertEquals("b", box.remove(b));
        Mailbox.Node mark = box.mark();
        box.add("d");
        assertEquals("d", box.next(mark).message);
        List<Object> rest = new ArrayList<>();
        for (Mailbox.Node n = box.next(box.start()); n != null; n = box.next(n)) {
            rest.add(n.message);
        }
        assertEquals(List.of("a", "c", "d"), rest);
        assertEquals(3, box.size());
    }

    @Test
    void receivedMessages_areNotKeptReachable() {
        Mailbox box = new Mailbox();
        box.add("first");
        box.add("second");
        Mailbox.Node first = box.next(box.start());
        Mailbox.Node second = box.next(first);
        assertEquals("first", box.remove(first));
        assertNull(first.message, "a received message the mailbox has moved past");
        assertNull(first.arrivalNext, "a received node must not chain to later arrivals");
        assertEquals("second", box.remove(second));
        // The newest arrival holds its message until another one arrives, then lets it go.
        box.add("third");
        assertSame("third", box.next(box.start()).message);
        assertNull(second.message);
    }

    @Test
    void closing_handsOverEveryEarlierMessage_andRefusesEveryLaterOne() throws Exception {
        Mailbox box = new Mailbox();
        int senders = 4;
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 100_000; i++) {
                    if (box.add(i)) {
                        accepted.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        Thread.sleep(5);
        List<Object> handedOver = box.close();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(accepted.get(), handedOver.size(), "every accepted message is handed over, no other");
        assertEquals(senders * 100_000, accepted.get() + refused.get());
        assertFalse(box.add("late"));
    }

    @Test
    void takingANodeTwice_leavesTheListIntact() {
        Mailbox box = new Mailbox();
        box.add("x");
        box.add("y");
        Mailbox.Node x = box.next(box.start());
        assertEquals("x", box.remove(x));
        box.remove(x);
        assertEquals("y", box.next(box.start()).message);
        assertEquals(1, box.size());
        assertTrue(box.next(box.next(box.start())) == null);
    }
}
