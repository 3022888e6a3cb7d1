package org.termite.compiler.cli;

import java.util.Map;
import java.util.Stack;
import org.termite.runtime.exec.ExitSignal;
import org.termite.runtime.exec.SchemeError;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --observe[=HOST:PORT]} and {@code --observe-terminate}, shared by {@code termite run} and {@code termite
 * node}: serve the observer's page (see org.termite.runtime.observe) from this node once the program is loaded.
 */
final class ObserveOptions {
    static final String DEFAULT = "127.0.0.1:7180";

    @Option(names = "--observe", arity = "0..1", paramLabel = "HOST:PORT", preprocessor = Bare.class,
            description = "Serve the observer's web page at HOST:PORT (default " + DEFAULT + "; port 0: a free one). "
                    + "On an address other than loopback the page needs the token the node prints.")
    String observe;

    @Option(names = "--observe-terminate", description = "Let the observer's page terminate processes.")
    boolean allowTerminate;

    /**
     * A bare --observe takes no value: the program file that follows it is not an address (only --observe=...
     * gives one).
     */
    static final class Bare implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(DEFAULT);
            }
            return false;
        }
    }

    /** Starts the observer when asked, printing its URL; a bad address ends the program with a message. */
    void startIfAsked() {
        if (observe == null) {
            return;
        }
        int colon = observe.lastIndexOf(':');
        int port = -1;
        try {
            port = Integer.parseInt(observe.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        if (colon <= 0 || port < 0 || port > 65535) {
            System.err.println("error: --observe: expected HOST:PORT, got " + observe);
            throw new ExitSignal(2);
        }
        String host = observe.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            System.err.println("observer: " + org.termite.runtime.observe.Observer.start(host, port, allowTerminate));
        } catch (SchemeError e) {
            System.err.println("error: --observe: " + org.termite.runtime.boot.ProgramRunner.describe(e.payload));
            throw new ExitSignal(2);
        }
    }
}
