package org.termite.maven;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.termite.compiler.testing.TestPrograms;

/**
 * Runs the Scheme test programs of the project ({@code src/test/scheme}), each in a JVM of its own, with the
 * libraries of {@code src/main/scheme} importable and the project's test class path (its Java classes and
 * dependencies) on the class path. SRFI 64 tests are reported one by one; a program without them is one test,
 * passed when it ends normally. Writes a Surefire-format report per program under
 * {@code target/surefire-reports/}, and fails the build when a test failed.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public final class TestMojo extends AbstractMojo {
    /** The folder of the Scheme test programs. */
    @Parameter(property = "termite.testSourceDirectory", defaultValue = "${project.basedir}/src/test/scheme")
    private File testSourceDirectory;

    /** The folder of the main Scheme sources, where the test programs' imports are looked for too. */
    @Parameter(property = "termite.sourceDirectory", defaultValue = "${project.basedir}/src/main/scheme")
    private File sourceDirectory;

    /** Where the Surefire-format XML reports go. */
    @Parameter(property = "termite.reportsDirectory", defaultValue = "${project.build.directory}/surefire-reports")
    private File reportsDirectory;

    /** Seconds a test program may run before it is stopped and counted as failed. */
    @Parameter(property = "termite.testTimeout", defaultValue = "300")
    private long timeoutSeconds;

    /** Skips running the tests, as Surefire does. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skips compiling and running the tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skip;

    /** Reports failed tests without failing the build, as Surefire's property of the same name. */
    @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
    private boolean testFailureIgnore;

    @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true, required = true)
    private List<String> testClasspathElements;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests) {
            getLog().info("Tests are skipped.");
            return;
        }
        Path dir = testSourceDirectory.toPath();
        if (!Files.isDirectory(dir)) {
            getLog().info("No Scheme tests to run: no " + dir);
            return;
        }
        List<Path> programs;
        try {
            programs = TestPrograms.find(dir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the Scheme tests in " + dir + ": " + e, e);
        }
        if (programs.isEmpty()) {
            getLog().info("No Scheme tests to run in " + dir);
            return;
        }
        String classpath = classpath();
        List<Path> libraryPath = new ArrayList<>();
        if (sourceDirectory.isDirectory()) {
            libraryPath.add(sourceDirectory.toPath().toAbsolutePath());
        }
        libraryPath.add(dir.toAbsolutePath());
        int passed = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (Path program : programs) {
            TestPrograms.Result r;
            try {
                r = TestPrograms.run(program, classpath, libraryPath, timeoutSeconds);
                SurefireReport.write(reportsDirectory.toPath(), dir.relativize(program), r);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot run the Scheme test " + program + ": " + e, e);
            }
            passed += r.passed();
            failed += r.failed();
            String rel = dir.relativize(program).toString();
            getLog().info("Ran " + rel + ": " + r.passed() + " passed, " + r.failed() + " failed");
            for (TestPrograms.TestCase t : r.tests()) {
                if (t.failed()) {
                    String line = rel + ": " + t.groupPath() + t.name() + " (" + t.place() + ")"
                            + (t.detail().isEmpty() ? "" : ": " + t.detail());
                    getLog().error(line);
                    failures.add(line);
                }
            }
            if (!r.ended()) {
                String line = rel + (r.timedOut() ? ": timed out after " + timeoutSeconds + " s"
                        : ": exited with code " + r.exitCode());
                getLog().error(line);
                r.output().lines().forEach(l -> getLog().error("  " + l));
                failures.add(line);
            }
        }
        getLog().info("Scheme tests: " + passed + " passed, " + failed + " failed");
        if (failed > 0) {
            String message = "There are Scheme test failures (" + passed + " passed, " + failed + " failed):\n  "
                    + String.join("\n  ", failures);
            if (testFailureIgnore) {
                getLog().error(message);
            } else {
                throw new MojoFailureException(message);
            }
        }
    }

    /** The project's test class path, then the plugin's own (the compiler, runtime and Scheme library). */
    private String classpath() {
        Set<String> entries = new LinkedHashSet<>(testClasspathElements);
        ClassLoader l = getClass().getClassLoader();
        if (l instanceof URLClassLoader u) {
            for (URL url : u.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (Exception e) {
                    entries.add(url.getPath());
                }
            }
        }
        String self = TestPrograms.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        entries.add(self);
        return String.join(File.pathSeparator, entries);
    }
}
