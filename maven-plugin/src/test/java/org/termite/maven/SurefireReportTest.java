package org.termite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termite.compiler.testing.TestPrograms;
import org.w3c.dom.Element;

class SurefireReportTest {
    @TempDir
    Path dir;

    private Element parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    @Test
    void write_testsAndFailures_areTestCases() throws Exception {
        TestPrograms.Result r = new TestPrograms.Result(Path.of("t/a-test.scm"), List.of(
                new TestPrograms.TestCase("pass", "g/", "ok", "a-test.scm:2", ""),
                new TestPrograms.TestCase("fail", "g/inner/", "bad <one>", "a-test.scm:3", "expected \"1\", got 2"),
                new TestPrograms.TestCase("skip", "", "", "a-test.scm:4", "")), 0, false, "out\u0001put & more", 1.5);
        Path file = SurefireReport.write(dir, Path.of("sub/a-test.scm"), r);
        assertEquals("TEST-scheme.sub.a-test.xml", file.getFileName().toString());
        Element suite = parse(file);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"));
        Element bad = (Element) suite.getElementsByTagName("testcase").item(1);
        assertEquals("scheme.sub.a-test.g.inner", bad.getAttribute("classname"));
        assertEquals("bad <one>", bad.getAttribute("name"));
        assertEquals("expected \"1\", got 2 at a-test.scm:3",
                ((Element) bad.getElementsByTagName("failure").item(0)).getAttribute("message"));
        assertTrue(Files.readString(file).contains("out?put &amp; more"));
    }

    @Test
    void write_programThatCrashed_isAnError() throws Exception {
        TestPrograms.Result r = new TestPrograms.Result(Path.of("c.scm"), List.of(), 70, false, "error: car", 0.2);
        Element suite = parse(SurefireReport.write(dir, Path.of("c.scm"), r));
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("exited with code 70",
                ((Element) suite.getElementsByTagName("error").item(0)).getAttribute("message"));
    }
}
