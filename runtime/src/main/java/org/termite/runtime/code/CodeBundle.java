package org.termite.runtime.code;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one node sends another in answer to a request for code: class files, the definitions they use (each a
 * serialized value, or why there is none), and the requested classes it could not find. Its wire form is a list of
 * each, with counts and sizes bounded on reading.
 */
public record CodeBundle(List<ClassFile> classes, List<Definition> definitions, List<String> problems) {
    /** The most classes or definitions one bundle may hold. */
    static final int MAX_ITEMS = 20_000;
    private static final int MAX_VALUE_BYTES = 32 << 20;

    /** A class file, named by its binary name, with the code and module hashes it must carry. */
    public record ClassFile(String className, long codeHash, long moduleHash, byte[] bytes) {}

    /** A definition of a module version: its value, or none (unbound), or why it could not be copied. */
    public record Definition(String module, long moduleHash, String name, Kind kind, byte[] value, String why) {}

    public enum Kind { VALUE, UNBOUND, UNAVAILABLE }

    /** A class a node asks for: its binary name and hashes, from the bytes that named it. */
    public record Wanted(String className, long codeHash, long moduleHash) {
        public void write(DataOutputStream out) throws IOException {
            out.writeUTF(className);
            out.writeLong(codeHash);
            out.writeLong(moduleHash);
        }

        public static Wanted read(DataInputStream in) throws IOException {
            return new Wanted(in.readUTF(), in.readLong(), in.readLong());
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (ClassFile c : classes) {
            out.writeUTF(c.className());
            out.writeLong(c.codeHash());
            out.writeLong(c.moduleHash());
            blob(out, c.bytes());
        }
        out.writeInt(definitions.size());
        for (Definition d : definitions) {
            out.writeUTF(d.module());
            out.writeLong(d.moduleHash());
            out.writeUTF(d.name());
            out.writeByte(d.kind().ordinal());
            if (d.kind() == Kind.VALUE) {
                blob(out, d.value());
            } else if (d.kind() == Kind.UNAVAILABLE) {
                out.writeUTF(clip(d.why()));
            }
        }
        out.writeInt(problems.size());
        for (String p : problems) {
            out.writeUTF(clip(p));
        }
    }

    public static CodeBundle read(DataInputStream in) throws IOException {
        int n = count(in);
        List<ClassFile> classes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            classes.add(new ClassFile(in.readUTF(), in.readLong(), in.readLong(), blob(in, ClassCheck.MAX_CLASS_BYTES)));
        }
        n = count(in);
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String module = in.readUTF();
            long hash = in.readLong();
            String name = in.readUTF();
            int kind = in.readUnsignedByte();
            if (kind >= Kind.values().length) {
                throw new IOException("malformed code: definition kind " + kind);
            }
            Kind k = Kind.values()[kind];
            definitions.add(new Definition(module, hash, name, k, k == Kind.VALUE ? blob(in, MAX_VALUE_BYTES) : null,
                    k == Kind.UNAVAILABLE ? in.readUTF() : null));
        }
        n = count(in);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            problems.add(in.readUTF());
        }
        return new CodeBundle(classes, definitions, problems);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new IOException("malformed code: " + n + " items");
        }
        return n;
    }

    private static void blob(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] blob(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("malformed code: a part of " + n + " bytes");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("malformed code: truncated");
        }
        return b;
    }

    private static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
