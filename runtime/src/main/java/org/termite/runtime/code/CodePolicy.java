package org.termite.runtime.code;

/**
 * Whether this node takes code from other nodes. By default it does, from authenticated peers only (the node
 * protocol admits no other); {@code -Dtermite.foreign-code=refuse}, or {@code (accept-foreign-code! #f)}, makes
 * it refuse: work that needs code it lacks then fails back to its sender as when the code cannot be had.
 */
public final class CodePolicy {
    private static volatile boolean accepts = !"refuse".equals(System.getProperty("termite.foreign-code", "accept"));

    private CodePolicy() {}

    public static boolean acceptsForeignCode() {
        return accepts;
    }

    public static void acceptForeignCode(boolean yes) {
        accepts = yes;
    }
}
