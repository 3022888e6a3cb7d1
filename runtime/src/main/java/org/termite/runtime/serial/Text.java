package org.termite.runtime.serial;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.MStringBuilder;

/**
 * Text as a count of Unicode scalar values followed by each one as a varint: one byte per ASCII character, and
 * a count checked against the bytes left before anything is allocated (Kryo's own string reader trusts it).
 */
final class Text {
    private Text() {}

    static void write(Output out, String s) {
        out.writeVarInt(s.codePointCount(0, s.length()), true);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            out.writeVarInt(c, true);
            i += Character.charCount(c);
        }
    }

    /** The same format as {@link #write}, whichever way the string stores its characters. */
    static void writeString(Output out, MString s) {
        int n = s.length();
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            out.writeVarInt(s.charAt(i), true);
        }
    }

    static String read(Input in, int max) {
        int[] chars = readCodePoints(in);
        if (chars.length > max) {
            throw Malformed.because("name of " + chars.length + " characters");
        }
        return new String(chars, 0, chars.length);
    }

    static MString readString(Input in) {
        int n = count(in, 1);
        MStringBuilder s = new MStringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.add(codePoint(in.readVarInt(true)));
        }
        return s.build();
    }

    static int[] readCodePoints(Input in) {
        int n = count(in, 1);
        int[] chars = new int[n];
        for (int i = 0; i < n; i++) {
            chars[i] = codePoint(in.readVarInt(true));
        }
        return chars;
    }

    static int codePoint(int c) {
        if (c < 0 || c > Character.MAX_CODE_POINT || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw Malformed.because("invalid character code " + c);
        }
        return c;
    }

    /** A count of items that each take at least {@code bytesEach} bytes, checked against the input left. */
    static int count(Input in, int bytesEach) {
        int n = in.readVarInt(true);
        if (n < 0 || (long) n * bytesEach > in.limit() - in.position()) {
            throw Malformed.because("count " + n + " exceeds the input");
        }
        return n;
    }
}
