package org.termite.runtime.serial;

/**
 * The wire format's fixed numbers. Bytes start with {@link #MAGIC} and {@link #VERSION}; then comes the root
 * value, then the contents of every object whose contents were deferred, in the order they were deferred.
 *
 * <p>A value is a varint tag: {@link #NULL}, {@link #REF} followed by the number of an object met before (objects
 * are numbered in the order they are built), {@link #CODE_NEW} or {@link #CODE_SEEN} for a compiled procedure, or
 * the fixed id of a runtime type followed by that type's header. A header holds what is needed to build the
 * object; an object's contents (list elements, closure fields, frame slots) come later, from a queue, so the
 * object exists before anything that refers back to it is read and no structure is walked recursively.
 *
 * <p>Changing any number here, or any serializer's layout, changes the format: bump {@link #VERSION}.
 */
public final class SerialFormat {
    public static final int MAGIC = 0xD7;
    public static final int VERSION = 3;

    public static final int NULL = 0;
    public static final int REF = 1;
    /** A compiled procedure whose class this stream names for the first time: stable ID, NAME, CODE_HASH, MODULE_HASH. */
    public static final int CODE_NEW = 2;
    /** A compiled procedure whose class the stream named before: the index of that class in the stream. */
    public static final int CODE_SEEN = 3;

    public static final int FIXNUM = 4;
    public static final int BIGNUM = 5;
    public static final int RATNUM = 6;
    public static final int FLONUM = 7;
    public static final int BOOLEAN = 8;
    public static final int CHAR = 9;
    public static final int NIL = 10;
    public static final int UNSPECIFIED = 11;
    public static final int EOF = 12;
    public static final int DEFAULT = 13;
    public static final int UNBOUND = 14;
    public static final int SYMBOL = 15;
    public static final int KEYWORD = 16;
    public static final int LAMBDA_MARKER = 17;
    public static final int STRING = 18;
    public static final int BYTEVECTOR = 19;
    public static final int VECTOR = 20;
    public static final int PAIR = 21;
    public static final int BOX = 22;
    public static final int VALUES = 23;
    public static final int RECORD = 24;
    public static final int RECORD_TYPE = 25;
    public static final int HASH_TABLE = 26;
    public static final int PROMISE = 27;
    public static final int PROMISE_STATE = 28;
    public static final int PARAMETER = 29;
    public static final int ERROR_OBJECT = 30;
    public static final int PRIMITIVE = 31;
    public static final int RUNTIME_PROCEDURE = 32;
    public static final int CONTINUATION = 33;
    public static final int FRAME = 34;
    public static final int DYNAMIC_STATE = 35;
    public static final int TAG = 36;
    public static final int COMPLEX = 37;

    /**
     * Ids from here to {@link #LAST_EXTENSION} belong to types whose serializers live outside this package and are
     * registered with {@link TypeTable#register}: the process and node layers' pids (48) and nodes (49), whose
     * decoding needs to know the node it runs on.
     */
    public static final int FIRST_EXTENSION = 48;
    public static final int LAST_EXTENSION = 63;

    /** Header nesting a well-formed stream never reaches; deeper input is refused instead of overflowing the stack. */
    static final int MAX_HEADER_DEPTH = 64;
    /** Longest class name or procedure name accepted (in characters). */
    static final int MAX_NAME = 4096;

    private SerialFormat() {}
}
