package org.termite.runtime.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.termite.runtime.exec.Globals;
import org.termite.runtime.exec.LazyModules;
import org.termite.runtime.exec.Procedure;

/**
 * The run that makes an executable jar's class-data archive ({@code java -XX:ArchiveClassesAtExit=app.jsa -cp
 * app.jar org.termite.runtime.boot.ArchiveTraining}): it boots the runtime and its library, loads the program's module
 * class without running it, and runs an empty top level through the scheduler, so the archive holds what every
 * run of the program loads. The library's lazy modules run too, so that their classes are in the archive for the
 * runs that use them (a class in the archive costs nothing until it is used). The program itself does not run:
 * making the archive has no effect a user would see.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) throws IOException {
        String module;
        try (InputStream in = ArchiveTraining.class.getClassLoader().getResourceAsStream(Main.MAIN_INDEX)) {
            if (in == null) {
                System.err.println("error: this jar names no Termite program (" + Main.MAIN_INDEX + " is missing)");
                System.exit(2);
                return;
            }
            module = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        CommandLine.set(module, new String[0]);
        int code = ProgramRunner.runProgram(() -> {
            Boot.init();
            LazyModules.runAll();
            Class.forName(module, false, ArchiveTraining.class.getClassLoader());
            return (Procedure) Globals.lookup("void");
        });
        System.exit(code);
    }
}
