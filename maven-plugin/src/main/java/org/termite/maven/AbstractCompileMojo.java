package org.termite.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the compile and testCompile goals share: scan a source root, compile what changed into a classes
 * folder, and report compile errors as Maven's compiler plugin does, one {@code file:line:column: message}
 * per line.
 */
public abstract class AbstractCompileMojo extends AbstractMojo {
    private static final int MAX_NAMES = 8;

    /**
     * Which files under the source folder are modules, as globs relative to it. Every other file there is
     * taken to be a fragment that modules may {@code include}: changing one recompiles every module.
     */
    @Parameter(property = "termite.includes", defaultValue = "**/*.scm")
    private List<String> includes;

    /** Files under the source folder that are not modules although {@code includes} selects them. */
    @Parameter(property = "termite.excludes")
    private List<String> excludes;

    /** Skips this goal. */
    @Parameter(property = "termite.skip", defaultValue = "false")
    private boolean skip;

    /** The build folder, where the state of incremental builds is kept (under {@code termite/}). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    protected abstract File sourceDirectory();

    protected abstract File outputDirectory();

    /** The state file's name: main and test sources keep separate states. */
    protected abstract String stateName();

    /** Folders where imported libraries are also looked for (testCompile: the main sources). */
    protected List<Path> libraryPath() {
        return List.of();
    }

    /** True when a goal-specific switch skips it. */
    protected boolean skipped() {
        return false;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipped()) {
            getLog().info("Not compiling Scheme sources: skipped");
            return;
        }
        Path sourceRoot = sourceDirectory().toPath();
        Path output = outputDirectory().toPath();
        IncrementalCompiler.Outcome outcome;
        try {
            SourceSet sources = SourceSet.scan(sourceRoot, includes, excludes);
            if (sources.modules().isEmpty() && sources.others().isEmpty() && !stateFile().toFile().exists()) {
                getLog().info("No Scheme sources to compile in " + sourceRoot);
                return;
            }
            outcome = IncrementalCompiler.run(sources, output, stateFile(), libraryPath());
            afterCompile(sourceRoot, output);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot compile the Scheme sources of " + sourceRoot + ": " + e, e);
        }
        report(outcome, output);
    }

    /** What a goal does once the sources are compiled (compile: copy the libraries' .sld files). */
    protected void afterCompile(Path sourceRoot, Path output) throws IOException {
    }

    private Path stateFile() {
        return buildDirectory.toPath().resolve("termite").resolve(stateName());
    }

    private void report(IncrementalCompiler.Outcome outcome, Path output) throws MojoFailureException {
        if (!outcome.removed().isEmpty()) {
            int n = outcome.removed().size();
            getLog().info("Removed the classes of " + count(n) + (n == 1 ? " that is no longer a module"
                    : " that are no longer modules"));
        }
        int attempted = outcome.compiled().size() + outcome.errors().size();
        if (attempted == 0) {
            getLog().info("Nothing to compile - all Scheme modules are up to date");
        } else if (outcome.fullReason() != null) {
            getLog().info("Compiling " + count(attempted) + " to " + output);
            getLog().debug("Compiling every module: " + outcome.fullReason());
        } else {
            getLog().info("Compiling " + count(attempted) + " to " + output + " (changed since the last build: "
                    + names(outcome) + ")");
        }
        for (String rel : outcome.compiled()) {
            getLog().debug("Compiled " + rel);
        }
        if (outcome.hasErrors()) {
            getLog().error("COMPILATION ERROR : ");
            StringBuilder all = new StringBuilder("Compilation failure");
            for (ModuleCompiler.Result r : outcome.errors()) {
                if (r.cause() != null) {
                    getLog().debug(r.cause());
                }
            }
            List<String> errors = outcome.distinctErrors();
            for (String error : errors) {
                getLog().error(error);
                all.append('\n').append(error);
            }
            int n = errors.size();
            getLog().info(n + (n == 1 ? " error" : " errors"));
            throw new MojoFailureException(all.toString());
        }
    }

    /** The files compiled again, for an incremental build: a few names say more than a count. */
    private static String names(IncrementalCompiler.Outcome outcome) {
        List<String> all = new java.util.ArrayList<>(outcome.compiled());
        all.addAll(outcome.failed());
        List<String> shown = all.stream().sorted().limit(MAX_NAMES).toList();
        return String.join(", ", shown) + (all.size() > MAX_NAMES ? " and " + (all.size() - MAX_NAMES) + " more" : "");
    }

    private static String count(int n) {
        return n + (n == 1 ? " Scheme file" : " Scheme files");
    }
}
