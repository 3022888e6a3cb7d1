package org.termite.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.termite.nodes.TeleportNodes;

/**
 * The observer's page as a person sees it: three nodes run the teleport demo, node A serves the page, and a
 * headless Chromium opens it. The page shows three node panels, each with processes and the node's teleport
 * screen; a thread seen on one node's screen is seen later on another's; clicking a process shows where it waits.
 * Screenshots go to target/observer*.png. Skipped, saying why, when no Chromium can be started.
 */
class ObserverPageTest {
    /** For each node panel: its address, the threads on its teleport screen, and how many process rows it has. */
    private static final String PANELS = """
            Array.from(document.querySelectorAll('section.node')).map(s => {
              const view = s.querySelector('pre.view');
              const threads = view ? (view.textContent.match(/^[A-Z]-\\d+/gm) || []).join(',') : '';
              return s.dataset.node + ' ' + s.querySelectorAll('table.procs tbody tr').length + ' ' + threads;
            }).join('\\n')""";
    /** Processes named after a thread born on another node than the panel's ("node B at ..." on its screen). */
    private static final String GUESTS = """
            Array.from(document.querySelectorAll('section.node')).flatMap(s => {
              const view = s.querySelector('pre.view');
              const here = view ? (/^node (\\w+) at/.exec(view.textContent) || [])[1] : undefined;
              return Array.from(s.querySelectorAll('table.procs tbody tr')).map(tr => tr.cells[1].textContent)
                .filter(name => here && /^[A-Z]-\\d+$/.test(name) && !name.startsWith(here + '-'));
            }).join(',')""";

    /** The messages a second of each node, as the table of nodes shows them. */
    private static final String RATES = """
            Array.from(document.querySelectorAll('#nodes tbody tr')).map(r => r.cells[3].textContent).join(',')""";
    private static final Pattern PANEL = Pattern.compile("^(\\S+) (\\d+) ?(.*)$", Pattern.MULTILINE);

    @Test
    void page_showsThreeNodes_theirProcesses_andAThreadMovingBetweenScreens() throws Exception {
        Path chromium = DevTools.find();
        if (chromium == null) {
            System.out.println("ObserverPageTest skipped: no chromium on the PATH (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(chromium != null, "no chromium on the PATH");
        String observe = "127.0.0.1:" + freePort();
        String url = "http://" + observe + "/";
        try (TeleportNodes cluster = new TeleportNodes(observe)) {
            assertTrue(TeleportNodes.within(90, () -> answers(url)), "the observer did not serve " + url);
            DevTools browser;
            try {
                browser = DevTools.launch(chromium, 1500, 1100);
            } catch (java.io.IOException e) {
                System.out.println("ObserverPageTest skipped: " + e.getMessage());
                Assumptions.abort("chromium cannot be started: " + e.getMessage());
                return;
            }
            try (browser) {
                browser.navigate(url);
                Map<String, Integer> rows = new HashMap<>();
                Map<String, String> firstSeenOn = new HashMap<>();
                String[] moved = new String[1];
                boolean seen = TeleportNodes.within(90, () -> {
                    Map<String, String[]> panels = panels(browser);
                    panels.forEach((node, p) -> rows.put(node, Integer.parseInt(p[0])));
                    panels.forEach((node, p) -> {
                        for (String thread : p[1].isEmpty() ? new String[0] : p[1].split(",")) {
                            String before = firstSeenOn.putIfAbsent(thread, node);
                            if (before != null && !before.equals(node) && moved[0] == null) {
                                moved[0] = thread + " from " + before + " to " + node;
                            }
                        }
                    });
                    return panels.size() == 3 && rows.values().stream().allMatch(n -> n > 0) && moved[0] != null
                            && everyNodeSends(evaluate(browser, RATES));
                });
                Files.write(Path.of("target/observer.png"), browser.screenshot());
                assertTrue(seen, "the page did not show three nodes with processes, messages and a thread moving: panels "
                        + rows + ", messages/s " + evaluate(browser, RATES) + ", threads first seen " + firstSeenOn);
                assertEquals(Set.copyOf(cluster.nodes.stream().map(n -> n.address).toList()), rows.keySet());

                // the processes of a node include threads born on another node: they run there now
                assertTrue(TeleportNodes.within(20, () -> !evaluate(browser, GUESTS).isEmpty()),
                        "no node's process table lists a thread born on another node");

                // a person clicks a process of the node's screen and reads where it waits
                browser.evaluate("(() => { const r = Array.from(document.querySelectorAll('table.procs tbody tr'))"
                        + ".find(tr => tr.textContent.includes('screen-loop')); if (r) r.click(); return r ? 'clicked' : 'none'; })()");
                assertTrue(TeleportNodes.within(20, () -> {
                    String trace = evaluate(browser, "document.getElementById('backtrace').textContent");
                    return trace.contains("teleport.scm:");
                }), "clicking the screen's process showed no backtrace into teleport.scm: "
                        + evaluate(browser, "document.getElementById('details').textContent"));
                Files.write(Path.of("target/observer-details.png"), browser.screenshot());
            }
        }
    }

    /** Three rates, each above zero. */
    private static boolean everyNodeSends(String rates) {
        String[] each = rates.split(",");
        return each.length == 3 && java.util.Arrays.stream(each).allMatch(r -> r.matches("\\d+(\\.\\d)?") && Double.parseDouble(r) > 0);
    }

    private static Map<String, String[]> panels(DevTools browser) {
        Map<String, String[]> panels = new LinkedHashMap<>();
        Matcher m = PANEL.matcher(evaluate(browser, PANELS));
        while (m.find()) {
            panels.put(m.group(1), new String[] {m.group(2), m.group(3).trim()});
        }
        return panels;
    }

    private static String evaluate(DevTools browser, String expression) {
        try {
            return browser.evaluate(expression);
        } catch (Exception e) {
            throw new AssertionError("the page could not be read: " + e, e);
        }
    }

    private static boolean answers(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
