package org.termite.compiler.cli;

import java.util.concurrent.Callable;
import org.termite.compiler.Session;
import org.termite.runtime.boot.ProgramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code termite node [--listen HOST:PORT] [--discover|--broadcast] [--seeds ...] [--dns ...]}: a node that runs no
 * program. It listens, prints where, and runs whatever other nodes send it (spawned processes, migrating ones, calls
 * of {@code on}), fetching their code from them, until it is stopped.
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = "Starts a node that runs no program and waits for work from other nodes.")
final class NodeCommand implements Callable<Integer> {
    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:0",
            description = "Where to listen (port 0: a free port). Default: ${DEFAULT-VALUE}.")
    String listen;

    @Option(names = "--refuse-code", description = "Refuse compiled code from other nodes: run only what this node has.")
    boolean refuseCode;

    @Mixin
    DiscoveryFlags discovery = new DiscoveryFlags();

    @Mixin
    ObserveOptions observe = new ObserveOptions();

    @Override
    public Integer call() {
        if (!discovery.applyOrReport()) {
            return 2;
        }
        int colon = listen.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(listen.substring(colon + 1));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            port = -1;
        }
        if (colon <= 0 || port < 0 || port > 65535) {
            System.err.println("error: --listen: expected HOST:PORT, got " + listen);
            return 2;
        }
        String host = listen.substring(0, colon);
        if (refuseCode) {
            org.termite.runtime.code.CodePolicy.acceptForeignCode(false);
        }
        String program = "(let ((n (node-init (make-node " + org.termite.runtime.text.Printer.toWriteString(org.termite.runtime.value.MString.of(host)) + " " + port + "))))"
                + " (display \"listening \") (display (node-host n)) (display \":\") (display (node-port n))"
                + " (newline) (flush-output-port)"
                + " (let wait () (thread-sleep! 3600) (wait)))";
        org.termite.runtime.boot.CommandLine.set("termite-node", new String[0]);
        return ProgramRunner.runProgram(() -> {
            Session session = new Session();
            org.termite.runtime.exec.Procedure top =
                    org.termite.runtime.boot.Boot.instantiate(session.load(program, "termite-node.scm", "termite_node"));
            observe.startIfAsked();
            return top;
        });
    }
}
