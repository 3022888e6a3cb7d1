package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.termite.compiler.ir.CompileError;
import org.termite.compiler.Compiler;
import org.termite.compiler.JarWriter;
import org.termite.compiler.LauncherWriter;
import org.termite.compiler.Session;
import org.termite.compiler.codegen.ClassNaming;
import org.termite.compiler.codegen.GeneratedClass;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code termitec}: compiles Scheme files to a classes folder or to an executable jar. Exit codes: 0 success,
 * 1 compile error, 2 usage or I/O error.
 */
@Command(name = "termitec", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compiles Termite Scheme programs to JVM classes or an executable jar.")
public final class TermitecMain implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.scm", description = "Source files; each is a module, compiled in order.")
    List<Path> files = new ArrayList<>();

    @Option(names = "-d", paramLabel = "DIR", description = "Write classes under DIR (default: current folder, unless -o).")
    Path classesDir;

    @Option(names = "-o", paramLabel = "APP.jar", description = "Write an executable jar that bundles the runtime.")
    Path jar;

    @Option(names = "--launcher", description = "With -o APP.jar, also write APP, a script that runs the jar with a "
            + "class-data archive of its runtime (APP.jsa, made now): a faster start than java -jar.")
    boolean launcher;

    @Option(names = "--main", paramLabel = "FILE.scm", description = "The program the jar runs (default: the last file).")
    Path main;

    @Option(names = {"-I", "--library-path"}, paramLabel = "DIR",
            description = "Also look for imported libraries in DIR (repeatable).")
    List<Path> libraryPath = new ArrayList<>();

    @Option(names = "--verbose", description = "Print each file and class written.")
    boolean verbose;

    @Option(names = "--trace", paramLabel = "PASS", description = "Print the IR that PASS made: read, expand, "
            + "rename-imported-globals, build-complex-literals, embed-objects, split-toplevel, convert-assignments, "
            + "inline-primitives, cps-convert, convert-closures.")
    String trace;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TermitecMain()).execute(args));
    }

    @Override
    public Integer call() {
        Session session = new Session();
        libraryPath.forEach(d -> session.libraries().addRoot(d.toAbsolutePath()));
        if (trace != null) {
            if (!Compiler.PASSES.contains(trace)) {
                System.err.println("termitec: unknown pass " + trace + "; passes: " + String.join(", ", Compiler.PASSES));
                return 2;
            }
            session.compiler().trace(trace, System.out::println);
        }
        List<GeneratedClass> all = new ArrayList<>();
        String mainClass = null;
        Path mainFile = main != null ? main : files.get(files.size() - 1);
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                System.err.println("termitec: cannot read " + file + ": " + FileErrors.reason(e));
                return 2;
            }
            String module = Compiler.moduleName(file.toString());
            List<GeneratedClass> classes;
            try {
                classes = session.compiler().compile(text, file.toString(), module);
            } catch (CompileError e) {
                System.err.println(e.getMessage());
                return 1;
            }
            if (verbose) {
                System.err.println("termitec: " + file + " -> " + classes.size() + " classes in scm/" + module);
            }
            all.addAll(classes);
            if (file.equals(mainFile)) {
                mainClass = new ClassNaming(module).moduleClass().replace('/', '.');
            }
        }
        try {
            if (launcher && jar == null) {
                System.err.println("termitec: --launcher needs -o APP.jar");
                return 2;
            }
            if (jar != null) {
                if (mainClass == null) {
                    System.err.println("termitec: --main " + main + " is not among the files compiled");
                    return 2;
                }
                JarWriter.write(jar, all, mainClass);
                if (verbose) {
                    System.err.println("termitec: wrote " + jar);
                }
                if (launcher) {
                    String noArchive = LauncherWriter.write(jar);
                    if (noArchive != null) {
                        System.err.println("termitec: wrote " + LauncherWriter.launcherOf(jar) + " without its archive ("
                                + noArchive + "); it makes the archive on its first run");
                    } else if (verbose) {
                        System.err.println("termitec: wrote " + LauncherWriter.launcherOf(jar) + " and "
                                + LauncherWriter.archiveOf(jar));
                    }
                }
            }
            if (classesDir != null || jar == null) {
                Path dir = classesDir != null ? classesDir : Path.of(".");
                JarWriter.writeClasses(dir, all);
            }
        } catch (IOException e) {
            System.err.println("termitec: cannot write output: " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
