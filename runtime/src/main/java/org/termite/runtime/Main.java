package org.termite.runtime;

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
        CommandLine.set(module, args);
        int code = ProgramRunner.runProgram(() -> {
            Boot.init();
            return Boot.instantiate(Class.forName(module, true, Main.class.getClassLoader()));
        });
        System.exit(code);
    }
}
