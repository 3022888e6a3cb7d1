package org.termite.runtime.code;

/**
 * Whether this node takes code from other nodes. By default it does, from authenticated peers only (the node
 * protocol admits no other); {@code -Dtermite.foreign-code=refuse}, or {@code (accept-foreign-code! #f)}, makes
 * it refuse: work that needs code it lacks then fails back to its sender as when the code cannot be had. Code
 * that is accepted may not use Java interop unless {@link #allowsForeignJava} says so.
 */
public final class CodePolicy {
    // Set by the command line or a node setting, read by connection threads.
    private static volatile boolean accepts = !"refuse".equals(System.getProperty("termite.foreign-code", "accept"));
    // Set by the command line or a node setting, read by connection threads.
    private static volatile boolean allowsJava = "allow".equals(System.getProperty("termite.foreign-code.java", "deny"));

    private CodePolicy() {}

    public static boolean acceptsForeignCode() {
        return accepts;
    }

    public static void acceptForeignCode(boolean yes) {
        accepts = yes;
    }

    /**
     * Whether code from other nodes may use Java interop. Interop reaches all of Java, so by default it may not:
     * such code is refused when it calls interop directly, and the interop procedures (the globals named
     * {@code java-...}) are unbound for it. {@code -Dtermite.foreign-code.java=allow} lets it.
     */
    public static boolean allowsForeignJava() {
        return allowsJava;
    }

    public static void allowForeignJava(boolean yes) {
        allowsJava = yes;
    }
}
