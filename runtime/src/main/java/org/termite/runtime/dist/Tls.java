package org.termite.runtime.dist;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The node protocol over TLS, with the JDK's own implementation (JSSE), when {@code termite.tls.keystore} is set:
 * each node proves itself with the key and certificate in its keystore and accepts only peers whose certificate its
 * truststore trusts (mutual authentication), and every byte after the TCP connection is encrypted. The shared
 * secret's challenge and response still run on top, inside TLS, so a peer needs both a trusted certificate and the
 * secret.
 *
 * <p>Settings (system properties): {@code termite.tls.keystore} (a PKCS12 or JKS file), {@code
 * termite.tls.keystore.password}, {@code termite.tls.truststore} (default: the keystore),
 * {@code termite.tls.truststore.password} (default: the keystore's password). Protocols: TLS 1.3 and 1.2.
 */
final class Tls {
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
    // Made once on first use, read by every connection thread.
    private static volatile SSLContext context;

    private Tls() {}

    static boolean enabled() {
        return System.getProperty("termite.tls.keystore") != null;
    }

    /** The connection {@code s} as the client side of a TLS session, its handshake done. */
    static Socket client(Socket s, String host, int port) throws IOException {
        SSLSocket ssl = (SSLSocket) factory().createSocket(s, host, port, true);
        ssl.setEnabledProtocols(PROTOCOLS);
        ssl.setUseClientMode(true);
        handshake(ssl, host + ":" + port);
        return ssl;
    }

    /** The accepted connection {@code s} as the server side of a TLS session that requires the client's certificate. */
    static Socket server(Socket s, String from) throws IOException {
        SSLSocket ssl = (SSLSocket) factory().createSocket(s, null, s.getPort(), true);
        ssl.setEnabledProtocols(PROTOCOLS);
        ssl.setUseClientMode(false);
        ssl.setNeedClientAuth(true);
        handshake(ssl, from);
        return ssl;
    }

    private static void handshake(SSLSocket ssl, String peer) throws IOException {
        try {
            ssl.startHandshake();
        } catch (javax.net.ssl.SSLException e) {
            throw new IOException("TLS with " + peer + " failed: " + Distribution.reason(e), e);
        }
    }

    private static SSLSocketFactory factory() throws IOException {
        SSLContext c = context;
        if (c == null) {
            synchronized (Tls.class) {
                if (context == null) {
                    context = load();
                }
                c = context;
            }
        }
        return c.getSocketFactory();
    }

    private static SSLContext load() throws IOException {
        String keystore = System.getProperty("termite.tls.keystore");
        char[] password = System.getProperty("termite.tls.keystore.password", "").toCharArray();
        String truststore = System.getProperty("termite.tls.truststore", keystore);
        char[] trustPassword = System.getProperty("termite.tls.truststore.password", new String(password)).toCharArray();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store(keystore, password), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store(truststore, trustPassword));
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS: cannot use the keystore " + keystore + " or truststore " + truststore + ": "
                    + Distribution.reason(e), e);
        }
    }

    private static KeyStore store(String file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            ks.load(in, password);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("TLS: no keystore " + file);
        }
        return ks;
    }
}
