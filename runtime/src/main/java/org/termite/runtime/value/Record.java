package org.termite.runtime.value;

/** An instance of a record type. */
public final class Record {
    public final RecordType type;
    public final Object[] fields;

    public Record(RecordType type, Object[] fields) {
        this.type = type;
        this.fields = fields;
    }
}
