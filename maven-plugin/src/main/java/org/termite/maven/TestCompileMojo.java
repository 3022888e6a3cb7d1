package org.termite.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the Scheme test sources of the project ({@code src/test/scheme}) into {@code target/test-classes},
 * as the compile goal does for the main sources, with a state of its own; the libraries of the main sources
 * ({@code src/main/scheme}) can be imported.
 */
@Mojo(name = "testCompile", defaultPhase = LifecyclePhase.TEST_COMPILE, threadSafe = true)
public final class TestCompileMojo extends AbstractCompileMojo {

    /** The folder of the Scheme test sources. */
    @Parameter(property = "termite.testSourceDirectory", defaultValue = "${project.basedir}/src/test/scheme")
    private File testSourceDirectory;

    /** Where the test classes go. */
    @Parameter(property = "termite.testOutputDirectory", defaultValue = "${project.build.testOutputDirectory}")
    private File testOutputDirectory;

    /** The folder of the main Scheme sources, whose libraries the tests may import. */
    @Parameter(property = "termite.sourceDirectory", defaultValue = "${project.basedir}/src/main/scheme")
    private File sourceDirectory;

    /** Skips compiling the tests, as it skips Maven's own test compilation. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompile;

    @Override
    protected File sourceDirectory() {
        return testSourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return testOutputDirectory;
    }

    @Override
    protected String stateName() {
        return "test-compile.state";
    }

    @Override
    protected java.util.List<java.nio.file.Path> libraryPath() {
        return sourceDirectory.isDirectory() ? java.util.List.of(sourceDirectory.toPath()) : java.util.List.of();
    }

    @Override
    protected boolean skipped() {
        return skipTestCompile;
    }
}
