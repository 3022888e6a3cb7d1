package org.termite.runtime.serial;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.exec.Procedure;
import org.termite.runtime.exec.SchemeError;

/** Gambit's object->u8vector and u8vector->object, with their optional encoder and decoder procedures. */
public final class SerialPrims {
    private SerialPrims() {}

    @Primitive("object->u8vector")
    public static Object objectToU8vector(Object obj) {
        return ObjectCodec.encode(obj, null);
    }

    @Primitive("object->u8vector")
    public static Object objectToU8vector(Object obj, Object encoder) {
        return ObjectCodec.encode(obj, procedure("object->u8vector", encoder));
    }

    @Primitive("u8vector->object")
    public static Object u8vectorToObject(Object bytes) {
        return ObjectCodec.decode(bytes("u8vector->object", bytes), null);
    }

    @Primitive("u8vector->object")
    public static Object u8vectorToObject(Object bytes, Object decoder) {
        return ObjectCodec.decode(bytes("u8vector->object", bytes), procedure("u8vector->object", decoder));
    }

    private static byte[] bytes(String who, Object x) {
        if (x instanceof byte[] b) {
            return b;
        }
        throw SchemeError.wrongType(who, "bytevector", x);
    }

    /** Gambit lets #f (and an absent argument) stand for no procedure. */
    private static Procedure procedure(String who, Object x) {
        if (x == Boolean.FALSE || x == org.termite.runtime.value.DefaultObject.VALUE) {
            return null;
        }
        if (x instanceof Procedure p) {
            return p;
        }
        throw SchemeError.wrongType(who, "procedure", x);
    }
}
