package org.termite.runtime;

/** The type of records made by define-record-type. */
public final class RecordType {
    public final Symbol name;
    public final Symbol[] fields;

    public RecordType(Symbol name, Symbol[] fields) {
        this.name = name;
        this.fields = fields;
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
