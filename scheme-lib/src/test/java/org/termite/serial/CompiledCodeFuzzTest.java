package org.termite.serial;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.termite.compiler.Session;
import org.termite.runtime.boot.Boot;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.serial.CodeLoaders;
import org.termite.runtime.serial.ObjectCodec;
import org.termite.runtime.value.Pair;

/**
 * Fuzzes the decoder with streams that name compiled code: closures, letrec cycles, case-lambda, records and
 * continuations with their frames and dynamic state. Every mutated input must decode or raise a Scheme error.
 */
class CompiledCodeFuzzTest {
    private static final int INPUTS = 60_000;

    private static final String SEEDS = """
            (define-record-type point (make-point x y) point? (x point-x) (y point-y))
            (define (make-adder n) (lambda (x) (+ x n)))
            (define (make-counter) (let ((n 0)) (lambda () (set! n (+ n 1)) n)))
            (define (parity)
              (letrec ((ev? (lambda (n) (if (= n 0) #t (od? (- n 1)))))
                       (od? (lambda (n) (if (= n 0) #f (ev? (- n 1))))))
                (cons ev? od?)))
            (define saved #f)
            (define (deep n)
              (if (= n 0)
                  (call/cc (lambda (k) (set! saved k) 0))
                  (+ 1 (deep (- n 1)))))
            (define p (make-parameter 1))
            (parameterize ((p 2))
              (dynamic-wind (lambda () #f) (lambda () (deep 40)) (lambda () #f)))
            (list (make-adder 5) (make-counter) (parity) (case-lambda ((a) a) ((a b) b))
                  (make-point 1 (make-adder 2)) saved point-x)
            """;

    @Test
    void mutatedStreamsNamingCompiledCode_decodeOrRaiseASchemeError() throws Exception {
        Session session = new Session();
        Class<?> module = session.load(SEEDS, "fuzz.scm", "fuzz");
        CodeLoaders.use(module.getClassLoader());
        Object values = Boot.runModule(module);
        List<byte[]> seeds = new ArrayList<>();
        for (Object l = values; l instanceof Pair p; l = p.cdr) {
            seeds.add(ObjectCodec.encode(p.car, null));
        }
        seeds.add(ObjectCodec.encode(values, null));
        Random random = new Random(20261121);
        int[] decoded = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < INPUTS; i++) {
                byte[] input = mutate(random, seeds.get(random.nextInt(seeds.size())));
                try {
                    ObjectCodec.decode(input, null);
                    decoded[0]++;
                } catch (SchemeError e) {
                    // refused, as it should be when the bytes make no sense
                } catch (Throwable t) {
                    fail("input " + HexFormat.of().formatHex(input) + " threw " + t, t);
                }
            }
        });
        assertTrue(decoded[0] > INPUTS / 100 && decoded[0] < INPUTS, "decoded " + decoded[0] + " of " + INPUTS);
    }

    private static byte[] mutate(Random r, byte[] seed) {
        switch (r.nextInt(4)) {
            case 0:
                return Arrays.copyOf(seed, r.nextInt(seed.length + 1));
            case 1: {
                byte[] m = Arrays.copyOf(seed, seed.length + 1 + r.nextInt(3));
                int at = r.nextInt(seed.length);
                System.arraycopy(seed, at, m, m.length - (seed.length - at), seed.length - at);
                for (int k = at; k < m.length - (seed.length - at); k++) {
                    m[k] = (byte) r.nextInt(4);
                }
                return m;
            }
            default: {
                byte[] m = seed.clone();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    int at = 2 + r.nextInt(m.length - 2);
                    m[at] = r.nextBoolean() ? (byte) (m[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(64);
                }
                return m;
            }
        }
    }
}
