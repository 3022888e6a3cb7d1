package org.termite.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the Scheme sources of the project ({@code src/main/scheme}) into {@code target/classes}: each file
 * is a module whose classes go to {@code scm/<module>/}, where the module is named after the file. Only the
 * files that changed since the last build are compiled again.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public final class CompileMojo extends AbstractCompileMojo {

    /** The folder of the Scheme sources. */
    @Parameter(property = "termite.sourceDirectory", defaultValue = "${project.basedir}/src/main/scheme")
    private File sourceDirectory;

    /** Where the classes go. */
    @Parameter(property = "termite.outputDirectory", defaultValue = "${project.build.outputDirectory}")
    private File outputDirectory;

    @Override
    protected File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected String stateName() {
        return "compile.state";
    }
}
