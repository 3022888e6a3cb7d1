package org.termite.runtime.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.termite.runtime.exec.ErrorObject;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.proc.Processes;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.SChar;
import org.termite.runtime.value.Symbol;
import org.termite.runtime.value.Unspecified;

class JavaPrimsTest {
    /** Overloads picked in a test: each records which one ran. */
    public static final class Overloads {
        public static String take(int x) { return "int"; }
        public static String take(long x) { return "long"; }
        public static String take(double x) { return "double"; }
        public static String take(String x) { return "String"; }
        public static String take(Object x) { return "Object"; }
        public static String pick(int x) { return "int"; }
        public static String pick(BigInteger x) { return "BigInteger"; }
        public static String ch(char c) { return "char " + c; }
        public static String many(String first, Object... rest) { return first + rest.length; }
        public static String nul(Object x) { return x == null ? "null" : "not null"; }
        public int count = 1;
        public static int shared = 5;
        public final long fixed = 3;
    }

    private static Procedure proc(Function<Object[], Object> body) {
        return new Procedure() {
            @Override
            public Object applyN(int d, Object[] args) {
                return body.apply(args);
            }

            @Override
            public Object apply1(int d, Object a) {
                return body.apply(new Object[] {a});
            }

            @Override
            public Object apply2(int d, Object a, Object b) {
                return body.apply(new Object[] {a, b});
            }

            @Override
            public Object apply0(int d) {
                return body.apply(new Object[0]);
            }
        };
    }

    private static String message(SchemeError e) {
        return ((ErrorObject) e.payload).message;
    }

    private static final Symbol OVERLOADS = Symbol.of(Overloads.class.getName());

    private static Object stat(String method, Object... args) {
        return JavaPrims.javaStatic(OVERLOADS, Symbol.of(method), args);
    }

    @Test
    void overloads_chosenByRunTimeTypes() {
        assertEquals(MString.of("long"), stat("take", 5L));
        assertEquals(MString.of("double"), stat("take", 2.5));
        assertEquals(MString.of("String"), stat("take", MString.of("s")));
        assertEquals(MString.of("Object"), stat("take", Symbol.of("sym")));
        assertEquals(MString.of("int"), stat("pick", 5L));
        assertEquals(MString.of("BigInteger"), stat("pick", BigInteger.TEN.pow(30)));
        assertEquals(MString.of("x2"), stat("many", MString.of("x"), 1L, 2L));
        assertEquals(MString.of("x0"), stat("many", MString.of("x")));
    }

    @Test
    void conversions_atTheBoundary() {
        assertEquals(MString.of("char q"), stat("ch", SChar.of('q')));
        assertEquals(MString.of("null"), stat("nul", Unspecified.VALUE));
        assertEquals(Unspecified.VALUE, Convert.toScheme(null));
        assertEquals(7L, Convert.toScheme(7));
        assertEquals(0.5, Convert.toScheme(0.5f));
        assertEquals(SChar.of('x'), Convert.toScheme('x'));
        assertEquals(MString.of("s"), Convert.toScheme("s"));
        assertEquals(12L, Convert.toScheme(BigInteger.valueOf(12)));
        byte[] bytes = {1, 2};
        assertSame(bytes, Convert.toJava(bytes, byte[].class));
        assertArrayEquals(new int[] {1, 2}, (int[]) Convert.toJava(new Object[] {1L, 2L}, int[].class));
        SchemeError e = assertThrows(SchemeError.class, () -> Convert.toJava(1L << 40, int.class));
        assertEquals("java: 1099511627776 is out of range for int", message(e));
        assertThrows(SchemeError.class, () -> Convert.toJava(MString.of("s"), int.class));
    }

    @Test
    void javaException_becomesSchemeErrorNamingClassAndMessage() {
        SchemeError e = assertThrows(SchemeError.class,
                () -> JavaPrims.javaStatic(Symbol.of("Integer"), Symbol.of("parseInt"), MString.of("zz")));
        assertEquals("java.lang.NumberFormatException: For input string: \"zz\"", message(e));
        assertTrue(JavaPrims.javaException(e.payload) instanceof NumberFormatException);
    }

    @Test
    void missingMember_isASchemeError() {
        SchemeError e = assertThrows(SchemeError.class, () -> stat("take"));
        assertTrue(message(e).startsWith("java: no static method"), message(e));
        e = assertThrows(SchemeError.class, () -> JavaPrims.javaField(new Overloads(), Symbol.of("nope")));
        assertTrue(message(e).contains("has no public field nope"), message(e));
    }

    @Test
    void fields_readAndWritten() {
        Overloads o = new Overloads();
        assertEquals(1L, JavaPrims.javaField(o, Symbol.of("count")));
        JavaPrims.javaFieldSet(o, Symbol.of("count"), 9L);
        assertEquals(9, o.count);
        assertEquals(5L, JavaPrims.javaField(OVERLOADS, Symbol.of("shared")));
        JavaPrims.javaFieldSet(OVERLOADS, MString.of("shared"), 6L);
        assertEquals(6, Overloads.shared);
        assertThrows(SchemeError.class, () -> JavaPrims.javaFieldSet(o, Symbol.of("fixed"), 1L));
    }

    @Test
    void arrays_madeReadAndWritten() {
        Object a = JavaPrims.javaArray(Symbol.of("long"), 2L);
        JavaPrims.arraySet(a, 1L, 7L);
        assertEquals(2L, JavaPrims.arrayLength(a));
        assertEquals(7L, JavaPrims.arrayRef(a, 1L));
        assertArrayEquals(new Object[] {0L, 7L}, (Object[]) JavaPrims.arrayToVector(a));
        Object s = JavaPrims.vectorToArray(Symbol.of("String"), new Object[] {MString.of("a")});
        assertArrayEquals(new String[] {"a"}, (String[]) s);
        assertThrows(SchemeError.class, () -> JavaPrims.arrayRef(a, 2L));
    }

    @Test
    void methodOfPrivateClass_calledThroughItsPublicInterface() {
        Object it = JavaPrims.javaCall(new ArrayList<>(List.of("a")), Symbol.of("iterator"));
        assertEquals(Boolean.TRUE, JavaPrims.javaCall(it, Symbol.of("hasNext")));
        assertEquals(MString.of("a"), JavaPrims.javaCall(it, Symbol.of("next")));
    }

    @Test
    void callSite_cachesItsChoice() {
        Object[] site = {Symbol.of("virtual"), Boolean.FALSE, Symbol.of("length"), Boolean.FALSE};
        assertEquals(3L, JavaPrims.call(site, MString.of("abc")));
        Object cached = site[3];
        assertTrue(cached instanceof JavaSite);
        assertEquals(2L, JavaPrims.call(site, MString.of("ab")));
        assertSame(cached, site[3]);
        assertEquals(1L, JavaPrims.call(site, new StringBuilder("x")));
    }

    @Test
    void procedure_becomesFunctionalInterface() {
        @SuppressWarnings("unchecked")
        Comparator<Object> c = (Comparator<Object>) Convert.toJava(
                proc(a -> (Long) a[0] - (Long) a[1]), Comparator.class);
        List<Object> l = new ArrayList<>(List.of(3, 1, 2));
        l.sort(c);
        assertEquals(List.of(1, 2, 3), l);
        assertTrue(Callbacks.isFunctional(Runnable.class));
        assertTrue(Callbacks.isFunctional(Comparator.class));
        assertFalse(Callbacks.isFunctional(List.class));
    }

    @Test
    void callbackFromJavaThread_runsInAProcessOfItsOwn() throws Exception {
        CompletableFuture<Boolean> inProcess = new CompletableFuture<>();
        Runnable r = (Runnable) Convert.toJava(proc(a -> {
            inProcess.complete(Processes.inProcess());
            return Unspecified.VALUE;
        }), Runnable.class);
        Thread t = new Thread(r, "a Java thread");
        t.start();
        t.join(10_000);
        assertTrue(inProcess.get(10, TimeUnit.SECONDS));
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = (Function<Object, Object>) Convert.toJava(proc(a -> (Long) a[0] * 2), Function.class);
        CompletableFuture<Object> out = CompletableFuture.supplyAsync(() -> f.apply(21));
        assertEquals(42L, out.get(10, TimeUnit.SECONDS));
    }

    @Test
    void callbackError_reachesJavaAsSchemeException() {
        Runnable r = (Runnable) Convert.toJava(proc(a -> {
            throw SchemeError.error("broken", 1L);
        }), Runnable.class);
        CompletableFuture<Void> run = CompletableFuture.runAsync(r);
        Exception e = assertThrows(Exception.class, () -> run.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof SchemeException, String.valueOf(e.getCause()));
        assertEquals("broken 1", e.getCause().getMessage());
    }
}
