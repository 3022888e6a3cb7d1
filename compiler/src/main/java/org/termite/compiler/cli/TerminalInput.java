package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.SyntaxError;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Input from a terminal through JLine: line editing, and history kept in {@code ~/.termite_history}. A form
 * spanning several lines is edited as one buffer (and recalled from history as one entry): the parser tells
 * JLine that the buffer is unfinished, which makes it insert a line break and show the continuation prompt.
 */
final class TerminalInput implements ReplInput {
    private static final String PROMPT = "> ";
    private static final String CONTINUATION_PROMPT = "... ";

    private final Terminal terminal;
    private final LineReader reader;

    TerminalInput() throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("termite")
                .parser(new SchemeParser())
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".termite_history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                // "!" is an ordinary character in Scheme names (set!), never a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // The prompt starts a line of its own even after output that did not end with a newline.
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    @Override
    public String nextChunk() {
        while (true) {
            try {
                return reader.readLine(PROMPT) + "\n";
            } catch (UserInterruptException e) {
                // Ctrl-C abandons the form being typed, as in a shell.
                continue;
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // Losing the history of this session is not worth an error at exit.
        }
    }

    /** Splits words for JLine's widgets; refuses to accept a buffer that ends inside a datum. */
    private static final class SchemeParser extends DefaultParser {
        SchemeParser() {
            // Only double quotes delimit strings in Scheme; a quote (') and a backslash are ordinary here.
            quoteChars(new char[] {'"'});
            escapeChars(new char[0]);
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
            if (context == ParseContext.ACCEPT_LINE && ReplInput.needsMore(line + "\n")) {
                throw new EOFError(-1, -1, "unfinished form");
            }
            return super.parse(line, cursor, context);
        }
    }
}
