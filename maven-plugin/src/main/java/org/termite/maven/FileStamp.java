package org.termite.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a build remembers of a source file: modification time, size and a hash of the content. The time and
 * size decide cheaply that a file has not changed; when they differ, the hash decides, so a file saved again
 * with the same text (or checked out anew) is not recompiled.
 */
public record FileStamp(long modified, long size, String sha256) {

    public static FileStamp of(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return new FileStamp(Files.getLastModifiedTime(file).toMillis(), content.length, sha256(content));
    }

    /**
     * The file's stamp now, given the one recorded for it ({@code null} if none): the recorded one itself when
     * time and size are unchanged, without reading the file.
     */
    public static FileStamp refresh(Path file, FileStamp recorded) throws IOException {
        if (recorded != null && Files.getLastModifiedTime(file).toMillis() == recorded.modified()
                && Files.size(file) == recorded.size()) {
            return recorded;
        }
        return of(file);
    }

    /** Same content: what decides whether a file must be compiled again. */
    public boolean sameContent(FileStamp other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
