package org.termite.runtime.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The secret that nodes of one system share, as Erlang's cookie: the environment variable {@code TERMITE_COOKIE},
 * else the system property {@code termite.cookie}, else the file {@code ~/.termite.cookie}, made with a random
 * secret readable only by its owner the first time a node needs it. Nodes prove they know it without sending it.
 */
final class Cookie {
    // Set by node-init, read by every handshake thread.
    private static volatile byte[] secret;

    private Cookie() {}

    static byte[] secret() throws IOException {
        byte[] s = secret;
        if (s == null) {
            synchronized (Cookie.class) {
                if (secret == null) {
                    secret = load().getBytes(StandardCharsets.UTF_8);
                }
                s = secret;
            }
        }
        return s;
    }

    private static String load() throws IOException {
        String env = System.getenv("TERMITE_COOKIE");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String prop = System.getProperty("termite.cookie");
        if (prop != null && !prop.isEmpty()) {
            return prop;
        }
        Path file = Path.of(System.getProperty("user.home"), ".termite.cookie");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        StringBuilder random = new StringBuilder();
        SecureRandom r = new SecureRandom();
        for (int i = 0; i < 32; i++) {
            random.append((char) ('A' + r.nextInt(26)));
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, random + "\n", StandardCharsets.UTF_8);
        return random.toString();
    }
}
