package org.termite.runtime.java;

import java.lang.invoke.MethodHandle;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Symbol;

/**
 * One call site of Java syntax in compiled code, with its cache. The compiler writes a site as a literal vector
 * {@code #(KIND CLASS MEMBER #f)} (KIND is {@code new}, {@code static}, {@code virtual}, {@code static-field} or
 * {@code field}; CLASS a class name or {@code #f}); the first call puts a {@code JavaSite} in the last slot, so
 * every later call finds it without a search. The site remembers the last receiver and argument classes it saw
 * with the handle chosen for them (a monomorphic inline cache); another combination asks {@link Members}, which
 * keeps every answer.
 */
final class JavaSite {
    /** A cached choice: the classes it was made for and the handle, of type (Object...)Object. */
    private record Entry(Class<?> c0, Class<?> c1, Class<?> c2, Class<?> c3, Class<?> c4, MethodHandle mh) {}

    final Members.Kind kind;
    final String className;
    final String member;
    private Class<?> owner;
    /** Read and written without a lock: an entry is immutable, and a stale one only costs a lookup. */
    private Entry last;

    private JavaSite(Members.Kind kind, String className, String member) {
        this.kind = kind;
        this.className = className;
        this.member = member;
    }

    static JavaSite of(Object site) {
        Object[] v = (Object[]) site;
        if (v[3] instanceof JavaSite s) {
            return s;
        }
        String k = ((Symbol) v[0]).name;
        Members.Kind kind = switch (k) {
            case "new" -> Members.Kind.NEW;
            case "static", "static-field" -> Members.Kind.STATIC;
            default -> Members.Kind.VIRTUAL;
        };
        JavaSite s = new JavaSite(kind, v[1] instanceof Symbol c ? c.name : null, ((Symbol) v[2]).name);
        v[3] = s;
        return s;
    }

    Class<?> owner() {
        Class<?> c = owner;
        if (c == null) {
            c = JavaPrims.classNamed(className);
            owner = c;
        }
        return c;
    }

    private static Class<?> cls(Object[] args, int i) {
        return i < args.length ? args[i].getClass() : null;
    }

    /** The handle for these arguments (the receiver first for a virtual call), from the cache if it holds it. */
    MethodHandle handle(Object[] args) {
        Entry e = last;
        if (e != null && args.length <= 5 && e.c0 == cls(args, 0) && e.c1 == cls(args, 1) && e.c2 == cls(args, 2)
                && e.c3 == cls(args, 3) && e.c4 == cls(args, 4)) {
            return e.mh;
        }
        Class<?> target = kind == Members.Kind.VIRTUAL ? receiverClass(args[0]) : owner();
        MethodHandle mh = Members.find(kind, target, member, args);
        if (args.length <= 5) {
            last = new Entry(cls(args, 0), cls(args, 1), cls(args, 2), cls(args, 3), cls(args, 4), mh);
        }
        return mh;
    }

    /** Fast path for a call with only a receiver, such as {@code (.length s)}. */
    MethodHandle handle1(Object a) {
        Entry e = last;
        if (e != null && e.c0 == a.getClass() && e.c1 == null) {
            return e.mh;
        }
        return handle(new Object[] {a});
    }

    /** Fast path for a call with two values (a receiver and an argument, or two arguments). */
    MethodHandle handle2(Object a, Object b) {
        Entry e = last;
        if (e != null && e.c0 == a.getClass() && e.c1 == b.getClass() && e.c2 == null) {
            return e.mh;
        }
        return handle(new Object[] {a, b});
    }

    /** The class whose methods a call on {@code receiver} searches: a Scheme string is a java.lang.String. */
    static Class<?> receiverClass(Object receiver) {
        if (receiver instanceof MString) {
            return String.class;
        }
        if (receiver == org.termite.runtime.value.Unspecified.VALUE) {
            throw org.termite.runtime.exec.SchemeError.error("java: method call on #!void (null)");
        }
        return receiver.getClass();
    }
}
