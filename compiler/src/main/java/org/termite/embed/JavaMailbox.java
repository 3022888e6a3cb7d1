package org.termite.embed;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.proc.Pid;

/**
 * A mailbox read from Java: behind it, a process that hands every message it receives to this queue. Scheme
 * code sends to {@link #pid()} with {@code !} like to any process; Java takes the messages in arrival order
 * with {@link #receive}. Messages come converted as {@link Termite#toJava} says.
 */
public final class JavaMailbox implements AutoCloseable {
    /** The forwarding process: receives forever, handing each message to {@code put}; stops on a unique stop tag. */
    private static final String LOOP = "(lambda (put stop) (let loop () (let ((m (?))) (if (not (eq? m stop)) (begin (put m) (loop))))))";

    private final Pid pid;
    private final LinkedBlockingQueue<Object> queue;
    /** A message no Scheme code can make, that ends the forwarding process. */
    private final Object stop;

    private JavaMailbox(Pid pid, LinkedBlockingQueue<Object> queue, Object stop) {
        this.pid = pid;
        this.queue = queue;
        this.stop = stop;
    }

    static JavaMailbox open(Termite t) {
        LinkedBlockingQueue<Object> q = new LinkedBlockingQueue<>();
        Procedure put = new Procedure() {
            @Override
            public Object apply1(int d, Object m) {
                q.add(Termite.toJava(m));
                return Boolean.TRUE;
            }

            @Override
            public Object applyN(int d, Object[] args) {
                return apply1(d, args[0]);
            }
        };
        Object stopTag = new Object();
        Procedure loop = (Procedure) t.eval(LOOP);
        Pid pid = spawn(loop, put, stopTag);
        return new JavaMailbox(pid, q, stopTag);
    }

    private static Pid spawn(Procedure loop, Object put, Object stop) {
        org.termite.runtime.proc.Scheduler s = org.termite.runtime.proc.Scheduler.get();
        org.termite.runtime.proc.Process p = s.create(k -> loop.apply2(0, put, stop),
                org.termite.runtime.exec.DynamicState.EMPTY, null);
        s.start(p);
        return p.pid;
    }

    /** The address Scheme code sends to. */
    public Pid pid() {
        return pid;
    }

    /** The next message, waiting at most {@code timeout}; null if none came in time. */
    public Object receive(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    /** The next message if one is there, else null. */
    public Object poll() {
        return queue.poll();
    }

    /** Ends the forwarding process; messages sent afterwards are dropped. */
    @Override
    public void close() {
        org.termite.runtime.proc.Processes.send(pid, stop);
    }
}
