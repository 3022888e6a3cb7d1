/**
 * The loop of length.scm written in Java: s.length() summed n times. Two versions: with primitive longs, as a Java
 * programmer writes it, and with boxed Longs and an Object receiver, the values Scheme code works with.
 *   usage: java LengthBench.java [ITERATIONS]
 */
public class LengthBench {
    static long primitive(String s, long n) {
        long acc = 0;
        for (long i = 0; i < n; i++) {
            acc += s.length();
        }
        return acc;
    }

    static Object boxed(Object s, Object n) {
        Object acc = 0L;
        for (Object i = 0L; (Long) i < (Long) n; i = (Long) i + 1) {
            acc = (Long) acc + ((CharSequence) s).length();
        }
        return acc;
    }

    interface Loop {
        long run(long n);
    }

    static double best(Loop loop, long n) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime();
            long result = loop.run(n);
            long t1 = System.nanoTime();
            if (result != n * 11) {
                throw new AssertionError(result);
            }
            best = Math.min(best, (double) (t1 - t0) / n);
        }
        return best;
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        String s = new String("hello world");
        System.out.printf("Java, long counters:                     %.2f ns/iteration%n", best(k -> primitive(s, k), n));
        System.out.printf("Java, boxed Long counters:               %.2f ns/iteration%n", best(k -> (Long) boxed(s, k), n));
    }
}
