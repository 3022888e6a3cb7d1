package org.termite.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The observer over HTTP, on a node under load (four processes that never stop computing): the page, the stream
 * of pictures, a process's mailbox and backtrace, terminating it when allowed (and only from the page), the token
 * when one is required, and the loopback-only host names.
 */
class ObserverTest {
    private static final Path PROGRAM = Path.of("src/test/observe/observed.scm");
    private static final String SECRET = "observer-test-secret";
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stopAll() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** Starts the program and returns the URL it prints. */
    private String start(List<String> jvm, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run", PROGRAM.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().put("TERMITE_COOKIE", SECRET);
        Process p = b.start();
        started.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String url = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(90, TimeUnit.SECONDS);
        assertTrue(url != null && url.startsWith("http://127.0.0.1:"), "the node printed " + url);
        return url;
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(30));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            r.headers(headers);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first {@code n} pictures the page's stream brings, waiting at most 60 s. */
    private List<String> events(String base, int n) throws Exception {
        HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create(base + "events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse(""));
        try (Stream<String> lines = r.body()) {
            return CompletableFuture.supplyAsync(() -> lines.filter(l -> l.startsWith("data: "))
                    .map(l -> l.substring(6)).limit(n).toList()).get(60, TimeUnit.SECONDS);
        }
    }

    /** The latest picture of this node that shows {@code text}, within 60 s; null if none did. */
    private String pictureShowing(String base, String text) throws Exception {
        for (String e : events(base, 8)) {
            if (e.contains(text)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void loadedNode_servesPageAndPictures_showsMailboxAndBacktrace_terminatesFromThePage() throws Exception {
        String base = start(List.of(), "terminate");
        HttpResponse<String> page = get(base);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Termite observer</title>"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get(base + "observer.js").statusCode());

        String picture = pictureShowing(base, "\"name\":\"victim\"");
        assertTrue(picture != null, "no picture showed the victim process");
        assertTrue(picture.contains("\"name\":\"spinner\""), picture);
        assertTrue(picture.contains("\"text\":\"hello from the view\""), picture);
        Matcher victim = Pattern.compile("\"key\":\"([^\"]+)\",\"pid\":\"[^\"]*\",\"name\":\"victim\",\"state\":\"waiting\",\"mailbox\":2,")
                .matcher(picture);
        assertTrue(victim.find(), "the victim is not shown waiting with two messages: " + picture);
        String node = field(picture, "observer");
        String query = "node=" + URLEncoder.encode(node, StandardCharsets.UTF_8) + "&key=" + URLEncoder.encode(victim.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> details = get(base + "process?" + query);
        assertEquals(200, details.statusCode(), details.body());
        assertTrue(details.body().contains("\"mailbox\":[\"hello\",\"(a message)\"]"), details.body());
        assertTrue(details.body().contains("observed.scm:"), "no backtrace into the program: " + details.body());

        assertEquals(400, post(base + "terminate?" + query).statusCode(), "a terminate without the page's header");
        assertEquals(400, get(base + "terminate?" + query, "X-Termite-Observer", "1").statusCode(), "a GET terminate");
        HttpResponse<String> done = post(base + "terminate?" + query, "X-Termite-Observer", "1");
        assertEquals("{\"terminated\":true}", done.body());
        assertTrue(get(base + "process?" + query).body().contains("\"found\":false"), "the victim still lives");

        assertEquals(403, rawStatus(base, "evil.example"), "a page reached under another host name");
        assertEquals(404, get(base + "nothing-here").statusCode());
    }

    @Test
    void requiredToken_isAskedOnce_thenKeptInACookie_andTerminateNeedsPermission() throws Exception {
        String url = start(List.of("-Dtermite.observer.token=require"));
        String token = hmacHex(SECRET, "termite observer token v1").substring(0, 32);
        assertTrue(url.endsWith("/?token=" + token), "the printed URL carries the token derived from the secret: " + url);
        String base = url.substring(0, url.indexOf('?'));

        assertEquals(403, get(base).statusCode(), "no token");
        assertEquals(403, get(base + "?token=" + "0".repeat(32)).statusCode(), "a wrong token");
        assertEquals(403, get(base + "events").statusCode(), "the stream without the token");
        HttpResponse<String> first = get(url);
        assertEquals(303, first.statusCode());
        String cookie = first.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("termite-observer=" + token + ";") && cookie.contains("HttpOnly"), cookie);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        assertEquals(200, get(base, "Cookie", pair).statusCode());
        assertEquals(403, post(base + "terminate?node=x&key=y", "Cookie", pair, "X-Termite-Observer", "1").statusCode(),
                "terminate when the node did not allow it");
    }

    @Test
    void observeOption_takesAnAddressOnlyAfterEquals_andNamesABadOne() throws Exception {
        String[] bad = run("--observe=nonsense");
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("error: --observe: expected HOST:PORT, got nonsense"), bad[2]);
        // a bare --observe takes the default address, not the program file after it; the port may be taken here
        String[] bare = run("--observe");
        assertTrue(bare[2].contains("127.0.0.1:7180"), bare[2]);
        assertTrue(bare[0].equals("0") ? bare[1].equals("ran\n") : bare[2].contains("cannot serve at 127.0.0.1:7180"),
                "exit " + bare[0] + ", output " + bare[1] + ", errors " + bare[2]);
    }

    /** Runs quick.scm with the options given: exit code, standard output, standard error. */
    private String[] run(String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.termite.compiler.cli.TermiteMain", "run"));
        cmd.addAll(List.of(options));
        cmd.add("src/test/observe/quick.scm");
        Process p = new ProcessBuilder(cmd).start();
        started.add(p);
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "termite run did not finish");
        return new String[] {String.valueOf(p.exitValue()), out.get(), err.get()};
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), "no " + name + " in " + json);
        return m.group(1);
    }

    /** The status of a GET / sent with the given Host header (the JDK's client will not send another host). */
    private static int rawStatus(String base, String host) throws IOException {
        URI u = URI.create(base);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private static String hmacHex(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder b = new StringBuilder();
        for (byte x : mac.doFinal(text.getBytes(StandardCharsets.UTF_8))) {
            b.append(String.format("%02x", x & 0xff));
        }
        return b.toString();
    }
}
