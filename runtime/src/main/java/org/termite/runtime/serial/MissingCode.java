package org.termite.runtime.serial;

/**
 * Bytes from another node name compiled code this node does not have (or has in another version), found while
 * decoding with {@link ObjectCodec#decodeOrMissing}: the node layer asks the sender for the code and decodes again.
 * It carries no stack trace, as {@link Malformed} does not.
 */
public final class MissingCode extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The class's stable ID ({@code scm.<module>.<name>}), its Scheme name, and the hashes of its code and module. */
    public final String className;
    public final String name;
    public final long codeHash;
    public final long moduleHash;

    MissingCode(String className, String name, long codeHash, long moduleHash) {
        super("this node has no procedure " + CompiledCode.describe(className, name)
                + (moduleHash == 0 ? "" : " in version " + Long.toHexString(moduleHash)), null, false, false);
        this.className = className;
        this.name = name;
        this.codeHash = codeHash;
        this.moduleHash = moduleHash;
    }

    /** "NAME (CLASS) of module MODULE", for messages. */
    public String procedure() {
        return CompiledCode.describe(className, name);
    }
}
