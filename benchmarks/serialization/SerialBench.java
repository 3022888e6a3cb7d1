import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;
import org.termite.compiler.Session;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.serial.CodeLoaders;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.Pair;

/**
 * Serialize/deserialize throughput and sizes: Termite's object->u8vector (ObjectCodec) on Scheme values, next to
 * Java's built-in serialization (ObjectOutputStream) of the equivalent Java data, in one JVM. Run by run.sh.
 */
public final class SerialBench {
    /** The Scheme side of every case, in the order of {@link #javaCases}. */
    private static final String SCHEME = """
            (define-record-type point (make-point x y name) point? (x point-x) (y point-y) (name point-name))
            (define (make-adder n) (lambda (x) (+ x n)))
            (define (deep n) (if (= n 0) (call/cc (lambda (k) k)) (let ((k (deep (- n 1)))) (if (< n 0) n k))))
            (define (capture n) (let ((r (deep n))) (if (procedure? r) r #f)))
            (define continuation (capture 1000))
            (define table (make-hash-table))
            (do ((i 0 (+ i 1))) ((= i 1000)) (hash-table-set! table (string-append "key-" (number->string i)) i))
            (list (cons "1,000 fixnums in a list" (iota 1000))
                  (cons "1,000 strings in a vector"
                        (list->vector (map (lambda (i) (string-append "string number " (number->string i))) (iota 1000))))
                  (cons "1,000 records (x y name)"
                        (map (lambda (i) (make-point i (* 2 i) (string-append "p" (number->string i)))) (iota 1000)))
                  (cons "hash table, 1,000 string keys" table)
                  (cons "closure over one fixnum" (make-adder 5))
                  (cons "continuation, 1,000 frames" continuation))
            """;

    record Point(long x, long y, String name) implements Serializable {}

    /** A frame of a hand-made continuation: Java cannot serialize its own stack, so this is the nearest data. */
    record Frame(Serializable code, int point, Object[] slots, Frame next) implements Serializable {}

    interface Adder extends LongUnaryOperator, Serializable {}

    static List<Supplier<Object>> javaCases() {
        return List.of(
                () -> {
                    ArrayList<Long> l = new ArrayList<>();
                    for (long i = 0; i < 1000; i++) {
                        l.add(i);
                    }
                    return l;
                },
                () -> {
                    String[] v = new String[1000];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = "string number " + i;
                    }
                    return v;
                },
                () -> {
                    ArrayList<Point> l = new ArrayList<>();
                    for (long i = 0; i < 1000; i++) {
                        l.add(new Point(i, 2 * i, "p" + i));
                    }
                    return l;
                },
                () -> {
                    HashMap<String, Long> m = new HashMap<>();
                    for (long i = 0; i < 1000; i++) {
                        m.put("key-" + i, i);
                    }
                    return m;
                },
                () -> {
                    long n = 5;
                    return (Adder) x -> x + n;
                },
                () -> {
                    Adder code = x -> x + 1;
                    Frame f = null;
                    for (int i = 0; i < 1000; i++) {
                        f = new Frame(code, 1, new Object[] {(long) i}, f);
                    }
                    return f;
                });
    }

    /**
     * Each rate is the best of this many rounds, the four operations of a case taking turns: on a machine shared
     * with other work, the best round is the one least disturbed, and turns keep the comparison fair.
     */
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        Session session = new Session();
        Class<?> module = session.load(SCHEME, "bench.scm", "bench");
        CodeLoaders.use(module.getClassLoader());
        Object cases = Boot.runModule(module);
        List<Supplier<Object>> java = javaCases();
        System.out.println("| data | Termite bytes | Java bytes | Termite encode/s | Java encode/s "
                + "| Termite decode/s | Java decode/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        int i = 0;
        for (Object l = cases; l instanceof Pair p; l = p.cdr, i++) {
            Pair c = (Pair) p.car;
            Object scheme = c.cdr;
            Object javaValue = java.get(i).get();
            byte[] termiteBytes = ObjectCodec.encode(scheme, null);
            byte[] javaBytes = javaEncode(javaValue);
            Runnable[] ops = {() -> ObjectCodec.encode(scheme, null), () -> javaEncode(javaValue),
                    () -> ObjectCodec.decode(termiteBytes, null), () -> javaDecode(javaBytes)};
            double[] best = new double[ops.length];
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < ops.length; k++) {
                    best[k] = Math.max(best[k], rate(seconds / ROUNDS, ops[k]));
                }
            }
            System.out.printf("| %s | %,d | %,d | %,.0f | %,.0f | %,.0f | %,.0f |%n", c.car, termiteBytes.length,
                    javaBytes.length, best[0], best[1], best[2], best[3]);
        }
    }

    /** Operations per second over about {@code seconds}, after as long a warm-up. */
    static double rate(double seconds, Runnable op) {
        long budget = (long) (seconds * 1e9);
        for (long start = System.nanoTime(); System.nanoTime() - start < budget; ) {
            op.run();
        }
        long n = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            op.run();
            n++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return n * 1e9 / elapsed;
    }

    static byte[] javaEncode(Object o) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object javaDecode(byte[] b) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
