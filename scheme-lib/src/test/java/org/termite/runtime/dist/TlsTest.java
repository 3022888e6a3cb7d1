package org.termite.runtime.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node protocol over TLS with certificates made here by keytool: two nodes whose certificates the shared
 * truststore holds talk (code fetched included); a node with a certificate nobody trusts, and a node that does not
 * speak TLS at all, are refused, and the node says why.
 */
class TlsTest {
    private static final String PASSWORD = "changeit-tls-test";
    @TempDir
    static Path dir;
    private final List<BareNode> nodes = new ArrayList<>();

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool " + args[0] + ": " + out);
    }

    /** A key pair and self-signed certificate for a node named {@code name}, in {@code name}.p12. */
    private static void keypair(String name) throws Exception {
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-validity", "2", "-keystore", dir.resolve(name + ".p12").toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", name, "-keystore", dir.resolve(name + ".p12").toString(), "-storepass",
                PASSWORD, "-file", dir.resolve(name + ".cer").toString());
    }

    @BeforeAll
    static void certificates() throws Exception {
        for (String name : List.of("alpha", "beta", "stranger")) {
            keypair(name);
        }
        for (String trusted : List.of("alpha", "beta")) {
            keytool("-importcert", "-noprompt", "-alias", trusted, "-file", dir.resolve(trusted + ".cer").toString(),
                    "-keystore", dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        }
        assertTrue(Files.exists(dir.resolve("trust.p12")));
    }

    @AfterEach
    void stopAll() {
        nodes.forEach(BareNode::close);
    }

    private static String[] tls(String name) {
        return new String[] {"-Dtermite.tls.keystore=" + dir.resolve(name + ".p12"),
                "-Dtermite.tls.keystore.password=" + PASSWORD, "-Dtermite.tls.truststore=" + dir.resolve("trust.p12")};
    }

    @Test
    void nodesWithTrustedCertificates_talkOverTls_andOthersAreRefused() throws Exception {
        // the node writes what happens to its connections: if one ends unexpectedly, the failure says why
        List<String> logged = new java.util.ArrayList<>(List.of(tls("alpha")));
        logged.add("-Dtermite.nodes.log=true");
        BareNode node = BareNode.start(BareNode.SECRET, "", logged.toArray(new String[0]));
        nodes.add(node);
        node.assertServes(BareNode.SECRET, tls("beta"));
        assertTrue(node.waitForError("connected to the node at", 10), node.errors());

        String[] stranger = node.relay(BareNode.SECRET, tls("stranger"));
        assertEquals("", stranger[0]);
        assertTrue(stranger[1].contains("cannot reach the node at 127.0.0.1:" + node.port), stranger[1]);
        assertTrue(node.waitForError("TLS with", 10), node.errors());

        String[] plain = node.relay(BareNode.SECRET);
        assertEquals("", plain[0]);
        assertTrue(plain[1].contains("cannot reach the node at 127.0.0.1:" + node.port), plain[1]);
        node.assertServes(BareNode.SECRET, tls("beta"));
    }

    @Test
    void tlsConnections_carryNothingInTheClear_whereAPlainOneDoes() throws Exception {
        BareNode plain = BareNode.start(BareNode.SECRET, "");
        nodes.add(plain);
        try (RecordingProxy proxy = new RecordingProxy(Integer.parseInt(plain.port))) {
            String[] run = plain.relayVia(String.valueOf(proxy.port()), BareNode.SECRET);
            assertEquals("(81 made on the sender)", run[0], run[1] + plain.errors());
            assertTrue(proxy.saw("made on the sender"), "a plain connection shows its messages");
        }

        BareNode node = BareNode.start(BareNode.SECRET, "", tls("alpha"));
        nodes.add(node);
        try (RecordingProxy proxy = new RecordingProxy(Integer.parseInt(node.port))) {
            String[] run = node.relayVia(String.valueOf(proxy.port()), BareNode.SECRET, tls("beta"));
            assertEquals("(81 made on the sender)", run[0], run[1] + node.errors());
            assertTrue(proxy.bytes().length > 1000, "the connection went through the proxy");
            assertFalse(proxy.saw("made on the sender"), "a TLS connection showed a message in the clear");
            assertFalse(proxy.saw("square"), "a TLS connection showed code in the clear");
        }
    }
}
