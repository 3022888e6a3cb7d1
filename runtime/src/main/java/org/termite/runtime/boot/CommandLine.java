package org.termite.runtime.boot;

import org.termite.runtime.exec.Primitive;
import org.termite.runtime.value.MString;
import org.termite.runtime.value.Pair;

/** The program's command line, as (command-line) returns it: the program name, then the arguments. */
public final class CommandLine {
    // Set by the launcher thread, read by the program's processes.
    private static volatile Object list = Pair.list(MString.of("termite"));

    private CommandLine() {}

    public static void set(String program, String[] args) {
        Object[] items = new Object[args.length + 1];
        items[0] = MString.of(program);
        for (int i = 0; i < args.length; i++) {
            items[i + 1] = MString.of(args[i]);
        }
        list = Pair.list(items);
    }

    @Primitive("command-line")
    public static Object get() {
        return list;
    }
}
