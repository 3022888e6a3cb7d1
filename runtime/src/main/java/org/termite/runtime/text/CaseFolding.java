package org.termite.runtime.text;

import java.util.Locale;

/**
 * Unicode case folding on code points, built from java.lang's case mappings, which have no folding of their
 * own. Folding is "upcase then downcase" except where Unicode's CaseFolding.txt says otherwise: the Turkic
 * dotted/dotless i (folded only by the Turkic tailoring) and Cherokee (folds to upper case).
 */
public final class CaseFolding {
    private CaseFolding() {}

    /** The simple (one code point to one) folding used by char-foldcase and char-ci comparisons. */
    public static int foldChar(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c == 0x130 || c == 0x131) {
            return c;
        }
        if (isCherokee(c)) {
            return Character.toUpperCase(c);
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The full folding used by string-foldcase and string-ci comparisons ("Straße" folds to "strasse"). */
    public static int[] foldString(int[] chars) {
        int[] out = new int[chars.length];
        int n = 0;
        for (int c : chars) {
            if (c < 128 || c == 0x131 || isCherokee(c)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = foldChar(c);
                continue;
            }
            // One character at a time, so that no context rule (the Greek final sigma) applies.
            String folded = new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            int len = folded.codePointCount(0, folded.length());
            if (n + len > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + len));
            }
            for (int i = 0; i < folded.length(); ) {
                int f = folded.codePointAt(i);
                i += Character.charCount(f);
                out[n++] = f;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isCherokee(int c) {
        return (c >= 0x13A0 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF);
    }
}
