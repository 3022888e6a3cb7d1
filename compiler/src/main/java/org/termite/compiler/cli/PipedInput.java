package org.termite.compiler.cli;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Input from a pipe or a file: lines are gathered until the text read so far holds only complete forms. No
 * prompts are printed, so that a script piped into the REPL yields just the values it computes.
 */
final class PipedInput implements ReplInput {
    private final BufferedReader in;

    PipedInput(BufferedReader in) {
        this.in = in;
    }

    @Override
    public String nextChunk() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            text.append(line).append('\n');
            if (!ReplInput.needsMore(text.toString())) {
                return text.toString();
            }
        }
        // An unfinished form at the end of the input is still evaluated, so that its read error is reported.
        return text.length() > 0 ? text.toString() : null;
    }
}
