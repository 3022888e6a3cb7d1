package org.termite.compiler.codegen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.termite.compiler.ir.Anf;

/**
 * A hash of a procedure's code: its closure-converted IR (which includes the lambdas nested in it), so any
 * change to what the procedure does, or to the layout of its frames and free variables, changes the hash. Variables
 * count by where they appear, not by their names' counters: two compilations of the same source agree.
 */
final class CodeHash {
    private CodeHash() {}

    static long of(Anf.Lambda lambda) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(org.termite.compiler.ir.IrPrinter.canonical(lambda).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
