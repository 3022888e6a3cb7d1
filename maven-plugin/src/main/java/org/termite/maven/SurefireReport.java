package org.termite.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.termite.compiler.testing.TestPrograms;

/**
 * A test program's results as a Surefire XML report ({@code TEST-<suite>.xml}), the format CI servers and IDEs
 * read: the program is the suite (named after its path under the test folder, with dots), each SRFI 64 test a
 * test case whose class name is the suite plus the test's group path; a program that reports no tests is one
 * test case; a program that did not end normally gets an error test case with its output.
 */
final class SurefireReport {
    private SurefireReport() {}

    static String suiteName(Path relative) {
        String s = relative.toString().replace('\\', '/');
        if (s.endsWith(".scm")) {
            s = s.substring(0, s.length() - 4);
        }
        return "scheme." + s.replace('/', '.');
    }

    static Path write(Path reportsDir, Path relative, TestPrograms.Result r) throws IOException {
        String suite = suiteName(relative);
        StringBuilder cases = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (TestPrograms.TestCase t : r.tests()) {
            tests++;
            String cls = suite + (t.groupPath().isEmpty() ? "" : "." + t.groupPath().replaceAll("/$", "").replace('/', '.'));
            cases.append("  <testcase name=\"").append(attr(t.name().isEmpty() ? t.place() : t.name()))
                    .append("\" classname=\"").append(attr(cls)).append("\" time=\"0\">");
            if (t.failed()) {
                failures++;
                String m = (t.kind().equals("xpass") ? "passed unexpectedly" : t.detail()) + " at " + t.place();
                cases.append("\n    <failure message=\"").append(attr(m)).append("\" type=\"srfi-64.").append(t.kind())
                        .append("\">").append(text(m)).append("</failure>\n  ");
            } else if (t.kind().equals("skip")) {
                skipped++;
                cases.append("<skipped/>");
            }
            cases.append("</testcase>\n");
        }
        if (r.tests().isEmpty() || !r.ended()) {
            tests++;
            String name = r.tests().isEmpty() ? relative.getFileName().toString() : "(program)";
            cases.append("  <testcase name=\"").append(attr(name)).append("\" classname=\"").append(attr(suite))
                    .append("\" time=\"").append(time(r.seconds())).append("\">");
            if (!r.ended()) {
                errors++;
                String m = r.timedOut() ? "timed out" : "exited with code " + r.exitCode();
                cases.append("\n    <error message=\"").append(attr(m)).append("\" type=\"termite.exit\">")
                        .append(text(r.output())).append("</error>\n  ");
            }
            cases.append("</testcase>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\""
                + " name=\"" + attr(suite) + "\" time=\"" + time(r.seconds()) + "\" tests=\"" + tests + "\" errors=\""
                + errors + "\" skipped=\"" + skipped + "\" failures=\"" + failures + "\">\n"
                + cases
                + "  <system-out>" + text(r.output()) + "</system-out>\n"
                + "</testsuite>\n";
        Files.createDirectories(reportsDir);
        Path file = reportsDir.resolve("TEST-" + suite + ".xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> {
                    // Other control characters cannot appear in XML 1.0, not even as references.
                    boolean allowed = c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
                    b.appendCodePoint(allowed ? c : '?');
                }
            }
        });
        return b.toString();
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }
}
