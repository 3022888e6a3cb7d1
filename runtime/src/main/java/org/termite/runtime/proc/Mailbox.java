package org.termite.runtime.proc;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A process's mailbox: many senders, one receiver, arrival order kept.
 *
 * <p>Senders append to a lock-free queue. Only the owning process reads: it moves arrivals into a private
 * doubly-linked list of the messages not yet received, which selective receive scans with a cursor. A receive
 * remembers the last node it rejected, so after waiting it examines only newer messages, and a receive can start
 * after a mark (the tail at the time of a request), so an RPC reply is found without looking at older messages.
 */
public final class Mailbox {
    /** One message in the private list; opaque to Scheme code, which uses it as a cursor. */
    public static final class Node {
        final Object message;
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

    private final ConcurrentLinkedQueue<Object> incoming = new ConcurrentLinkedQueue<>();
    private final Node head = new Node(null);
    private Node tail = head;
    private int size;

    /** Called by any thread. */
    void add(Object message) {
        incoming.add(message);
    }

    /** True if messages arrived that the owner has not moved into its list yet. */
    boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    private void drain() {
        for (Object m = incoming.poll(); m != null; m = incoming.poll()) {
            Node n = new Node(m);
            n.prev = tail;
            tail.next = n;
            tail = n;
            size++;
        }
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

    public Object message(Node n) {
        return n.message;
    }

    /** Takes a received message out of the list. */
    public void remove(Node n) {
        n.prev.next = n.next;
        if (n.next != null) {
            n.next.prev = n.prev;
        } else {
            tail = n.prev;
        }
        size--;
    }

    /** Messages waiting, received or not yet moved. */
    public int size() {
        return size + incoming.size();
    }
}
