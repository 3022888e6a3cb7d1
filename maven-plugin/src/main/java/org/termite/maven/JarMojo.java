package org.termite.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes an executable jar that runs one program: {@code java -jar target/<name>.jar ARGS...} needs nothing
 * else on the class path. The jar holds the project's classes folder (every module, so the program finds the
 * others it uses), the Termite runtime and the compiled Scheme library; its Main-Class is
 * {@code org.termite.runtime.boot.Main}, which starts the main module. The jar is named after the main program
 * ({@code hello.scm} gives {@code target/hello.jar}) unless {@code jarName} says otherwise, so several
 * executions can write one jar per program of a project, beside the project's ordinary jar.
 */
@Mojo(name = "jar", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class JarMojo extends AbstractMojo {

    /** The program the jar runs: its Scheme source file, e.g. {@code src/main/scheme/hello.scm}. */
    @Parameter(property = "termite.main", required = true)
    private File main;

    /** The jar's file name without {@code .jar}; by default the main program's file name without {@code .scm}. */
    @Parameter(property = "termite.jarName")
    private String jarName;

    /** The folder the jar is written to. */
    @Parameter(property = "termite.jarDirectory", defaultValue = "${project.build.directory}")
    private File jarDirectory;

    /** The compiled classes to put in the jar. */
    @Parameter(property = "termite.classesDirectory", defaultValue = "${project.build.outputDirectory}")
    private File classesDirectory;

    /** Skips this goal. */
    @Parameter(property = "termite.skip", defaultValue = "false")
    private boolean skip;

    private static String baseName(File source) {
        String name = source.getName();
        return name.endsWith(".scm") ? name.substring(0, name.length() - ".scm".length()) : name;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Not building an executable jar: skipped");
            return;
        }
        String name = jarName != null && !jarName.isBlank() ? jarName : baseName(main);
        Path jar = jarDirectory.toPath().resolve(name + ".jar");
        try {
            int classes = ExecutableJar.write(classesDirectory.toPath(), main.toPath(), jar);
            getLog().info("Building executable jar: " + jar + " (" + classes + " classes of " + classesDirectory
                    + ", the runtime and the Scheme library)");
        } catch (ExecutableJar.MissingMainException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + jar + ": " + e, e);
        }
    }
}
