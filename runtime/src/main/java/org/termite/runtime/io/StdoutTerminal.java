package org.termite.runtime.io;

/** Whether standard output is a terminal, which makes it line-buffered. */
final class StdoutTerminal {
    private StdoutTerminal() {}

    /**
     * The system property {@code termite.stdout.terminal} decides when set (the launchers set it from
     * {@code [ -t 1 ]}). Otherwise Linux's /proc tells where file descriptor 1 goes; elsewhere, a console exists
     * only when both standard input and output are terminals, which is the best guess Java 17 offers.
     */
    static boolean check() {
        String forced = System.getProperty("termite.stdout.terminal");
        if (forced != null && !forced.isEmpty()) {
            return Boolean.parseBoolean(forced);
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
