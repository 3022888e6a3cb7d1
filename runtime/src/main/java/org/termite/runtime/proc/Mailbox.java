package org.termite.runtime.proc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A process's mailbox: many senders, one receiver, arrival order kept.
 *
 * <p>Senders append to a lock-free queue of arrivals (an intrusive multi-producer single-consumer queue: one
 * compare-and-set per send when uncontended). Only the owning process reads: it moves arrivals into a private doubly-linked list of the
 * messages not yet received, which selective receive scans with a cursor. A message has one node for both: the
 * arrival link and the list links are separate fields, so moving it allocates nothing. A receive remembers the last
 * node it rejected, so after waiting it examines only newer messages, and a receive can start after a mark (the
 * tail at the time of a request), so an RPC reply is found without looking at older messages.
 */
public final class Mailbox {
    /** One message; opaque to Scheme code, which uses it as a cursor. */
    public static final class Node {
        Object message;
        /** The next arrival, set once by its sender, cleared by the owner once it has moved past. */
        Node arrivalNext;
        Node prev;
        Node next;

        Node(Object message) {
            this.message = message;
        }

        @Override
        public String toString() {
            return "#<mailbox-cursor>";
        }
    }

    private static final VarHandle LAST_ARRIVAL;
    private static final VarHandle ARRIVAL_NEXT;

    static {
        try {
            LAST_ARRIVAL = MethodHandles.lookup().findVarHandle(Mailbox.class, "lastArrival", Node.class);
            ARRIVAL_NEXT = MethodHandles.lookup().findVarHandle(Node.class, "arrivalNext", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The newest arrival; senders swap themselves in. Starts as the list head, which stands for "none yet". */
    @SuppressWarnings("unused")
    // The tail of the arrivals queue: senders on any thread swap it by compare-and-set.
    private volatile Node lastArrival;
    /** The newest arrival the owner has moved into its list. */
    private Node taken;
    private final Node head = new Node(null);
    private Node tail = head;
    private int size;
    /** Messages received so far; written by the owner only, read (maybe stale) by the observer. */
    long received;

    public Mailbox() {
        lastArrival = head;
        taken = head;
    }

    /** Marks a mailbox closed for arrivals: its process has moved to another node. */
    private static final Node CLOSED = new Node(null);

    /**
     * Called by any thread. False when the mailbox is closed (its process moved to another node): the caller
     * forwards the message instead.
     */
    boolean add(Object message) {
        Node n = new Node(message);
        // A compare-and-set, not an exchange: once closed, the mailbox must stay closed for every sender.
        while (true) {
            Node before = (Node) LAST_ARRIVAL.getVolatile(this);
            if (before == CLOSED) {
                return false;
            }
            if (LAST_ARRIVAL.compareAndSet(this, before, n)) {
                ARRIVAL_NEXT.setRelease(before, n);
                return true;
            }
        }
    }

    /**
     * Closes the mailbox to arrivals and returns every message not yet received, in order. Every add that happened
     * before the close is in the list; every later one returns false. Called by the owner.
     */
    java.util.List<Object> close() {
        Node last = (Node) LAST_ARRIVAL.getAndSet(this, CLOSED);
        // Senders swapped in before the close may not have linked their node yet: wait for the chain to reach last.
        while (taken != last) {
            drain();
            if (taken != last) {
                Thread.onSpinWait();
            }
        }
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Node n = head.next; n != null; n = n.next) {
            all.add(n.message);
        }
        head.next = null;
        tail = head;
        size = 0;
        return all;
    }

    /**
     * True if messages arrived that the owner has not moved into its list yet, including one whose sender has
     * swapped itself in but not yet linked it.
     */
    boolean hasIncoming() {
        return lastArrival != taken;
    }

    private void drain() {
        Node t = taken;
        for (Node n = (Node) ARRIVAL_NEXT.getAcquire(t); n != null; n = (Node) ARRIVAL_NEXT.getAcquire(t)) {
            // No sender writes t's link again: dropping it keeps received nodes from chaining to every later one.
            t.arrivalNext = null;
            if (t.prev == null) {
                // Received while it was the newest arrival, so its message was kept until now.
                t.message = null;
            }
            n.prev = tail;
            tail.next = n;
            tail = n;
            size++;
            t = n;
        }
        taken = t;
    }

    /** The cursor before the first message. */
    public Node start() {
        return head;
    }

    /** The cursor after the last message that has arrived so far: a receive from it sees only later ones. */
    public Node mark() {
        drain();
        return tail;
    }

    /** The message after {@code cursor}, or null if none has arrived yet. */
    public Node next(Node cursor) {
        if (cursor.next == null) {
            drain();
        }
        return cursor.next;
    }

    /**
     * Takes a received message out of the list and returns it. A node already taken out (by a receive nested in
     * the matcher of the one taking it now) is left alone.
     */
    public Object remove(Node n) {
        if (n.prev == null) {
            return n.message != null ? n.message : Boolean.FALSE;
        }
        n.prev.next = n.next;
        if (n.next != null) {
            n.next.prev = n.prev;
        } else {
            tail = n.prev;
        }
        size--;
        received++;
        n.prev = null;
        Object m = n.message;
        if (n != taken) {
            n.message = null;
        }
        return m;
    }

    /**
     * For the observer, on another thread: about how many messages wait, counting at most {@code max}, without
     * touching the owner's list. The reads race with the owner and may be stale, never wrong in kind.
     */
    int sizeFromOutside(int max) {
        int n = size;
        Node t = taken;
        for (Node a = (Node) ARRIVAL_NEXT.getAcquire(t); a != null && n < max; a = (Node) ARRIVAL_NEXT.getAcquire(a)) {
            n++;
        }
        return Math.min(n, max);
    }

    /** For the observer, on another thread: the first messages waiting, at most {@code max}, as far as seen. */
    java.util.List<Object> peekFromOutside(int max) {
        java.util.List<Object> seen = new java.util.ArrayList<>();
        for (Node n = head.next; n != null && seen.size() < max; n = n.next) {
            Object m = n.message;
            if (m != null) {
                seen.add(m);
            }
        }
        Node t = taken;
        for (Node a = (Node) ARRIVAL_NEXT.getAcquire(t); a != null && seen.size() < max; a = (Node) ARRIVAL_NEXT.getAcquire(a)) {
            if (a.message != null && a.prev == null) {
                seen.add(a.message);
            }
        }
        return seen;
    }

    /** Messages waiting, received or not yet; called by the owner. */
    public int size() {
        drain();
        return size;
    }
}
