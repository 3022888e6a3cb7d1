package org.termite.runtime.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Main-Class of executable jars: boots the runtime and runs the program module named in
 * {@value #MAIN_INDEX}, with the command-line arguments visible to {@code (command-line)}.
 */
public final class Main {
    public static final String MAIN_INDEX = "META-INF/termite/main.txt";

    private Main() {}

    /**
     * What {@code (command-line)} starts with: the jar as the user named it ({@code java -jar target/hello.jar}
     * gives {@code target/hello.jar}), as a C program's argv[0] is the command as typed. The JVM keeps that in
     * sun.java.command; without it, the jar's file name, and failing that the module's.
     */
    static String programName(String module) {
        String command = System.getProperty("sun.java.command", "");
        int space = command.indexOf(' ');
        String first = space < 0 ? command : command.substring(0, space);
        if (first.endsWith(".jar") && new java.io.File(first).isFile()) {
            return first;
        }
        try {
            java.security.CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                String path = java.nio.file.Path.of(source.getLocation().toURI()).getFileName().toString();
                if (path.endsWith(".jar")) {
                    return path;
                }
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            // fall back on the module's name
        }
        String[] parts = module.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : module;
    }

    public static void main(String[] args) throws IOException {
        String module;
        try (InputStream in = Main.class.getClassLoader().getResourceAsStream(MAIN_INDEX)) {
            if (in == null) {
                System.err.println("error: this jar names no Termite program (" + MAIN_INDEX + " is missing)");
                System.exit(2);
                return;
            }
            module = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        CommandLine.set(programName(module), args);
        System.exit(ProgramRunner.runProgram(new ModuleLoader(module)));
    }

    /** Boots the runtime and gives the program module's top level (a class, not a lambda: see ProgramRunner). */
    private static final class ModuleLoader implements ProgramRunner.Loader {
        private final String module;

        ModuleLoader(String module) {
            this.module = module;
        }

        @Override
        public org.termite.runtime.exec.Procedure load() throws ClassNotFoundException {
            Boot.init();
            return Boot.instantiate(Class.forName(module, true, Main.class.getClassLoader()));
        }
    }
}
