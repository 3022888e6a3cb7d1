package org.termite.runtime.value;

/** The type of records made by define-record-type. */
public final class RecordType {
    private static final java.util.concurrent.ConcurrentHashMap<String, RecordType> BY_UID = new java.util.concurrent.ConcurrentHashMap<>();

    public final Symbol name;
    public final Symbol[] fields;
    /** The stable identity of the definition, or null for a type made at run time without one. */
    public volatile String uid;

    /**
     * The type this one extends (Gambit's define-type extender:), whose fields come first; null for none. Set once,
     * when the subtype is defined.
     */
    public volatile RecordType parent;

    public RecordType(Symbol name, Symbol[] fields) {
        this.name = name;
        this.fields = fields;
    }

    /** The type registered under {@code uid}, made by {@code make} the first time. */
    public static RecordType intern(String uid, java.util.function.Supplier<RecordType> make) {
        return BY_UID.computeIfAbsent(uid, u -> {
            RecordType t = make.get();
            t.uid = u;
            return t;
        });
    }

    /** The type registered under {@code uid}, or null. */
    public static RecordType byUid(String uid) {
        return BY_UID.get(uid);
    }

    /** Whether a record of this type is also of type {@code t}: t itself or a type it extends. */
    public boolean isA(RecordType t) {
        for (RecordType r = this; r != null; r = r.parent) {
            if (r == t) {
                return true;
            }
        }
        return false;
    }

    public int fieldIndex(Symbol field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "#<record-type " + name + ">";
    }
}
