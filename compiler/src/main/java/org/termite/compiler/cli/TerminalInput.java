package org.termite.compiler.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;
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
import org.termite.runtime.exec.Globals;
import org.termite.runtime.io.ConsoleOutputPort;
import org.termite.runtime.io.Ports;

/**
 * Input from a terminal through JLine: line editing, completion of defined names, and history kept in
 * {@code ~/.termite_history}. A form spanning several lines is edited as one buffer (and recalled from history
 * as one entry): the parser tells JLine that the buffer is unfinished, which makes it insert a line break and
 * show the continuation prompt.
 *
 * <p>JLine owns the terminal, so everything that touches it goes through here: the program's console input
 * ({@code read-line} typed at the prompt) is read by the same line reader, one line when the program asks; the
 * console ports' output is printed above the line being edited while the prompt shows; Ctrl-C while a form
 * runs calls the interrupt handler (during editing JLine turns it into clearing the line).
 */
final class TerminalInput implements ReplInput {
    private static final String PROMPT = "> ";
    private static final String CONTINUATION_PROMPT = "... ";

    private final Terminal terminal;
    private final LineReader reader;
    /** One readLine at a time: the prompt's and the program's input share the line reader. */
    private final Object readLock = new Object();
    /** True while the prompt shows: console output then goes above it. */
    private volatile boolean prompting;
    private final Runnable onInterrupt;

    TerminalInput(Runnable onInterrupt) throws IOException {
        this.onInterrupt = onInterrupt;
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("termite")
                .parser(new SchemeParser())
                .completer((r, line, candidates) -> complete(line, candidates))
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".termite_history"))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                // "!" is an ordinary character in Scheme names (set!), never a history reference.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // The prompt starts a line of its own even after output that did not end with a newline.
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
        ConsoleOutputPort.redirect(this::print);
        Ports.readConsoleFrom(this::programLine);
    }

    /** Text from the console ports: above the prompt while it shows, else straight to the terminal. */
    private void print(boolean error, String text) {
        if (prompting) {
            reader.printAbove(text);
        } else {
            terminal.writer().print(text);
            terminal.writer().flush();
        }
    }

    private static void complete(ParsedLine line, List<Candidate> candidates) {
        String word = line.word();
        for (String name : Globals.definedNames()) {
            if (name.startsWith(word) && !name.startsWith("%")) {
                candidates.add(new Candidate(name, name, null, null, null, null, true));
            }
        }
    }

    @Override
    public String nextChunk() {
        synchronized (readLock) {
            while (true) {
                prompting = true;
                try {
                    return reader.readLine(PROMPT) + "\n";
                } catch (UserInterruptException e) {
                    // Ctrl-C abandons the form being typed, as in a shell.
                    continue;
                } catch (EndOfFileException e) {
                    return null;
                } finally {
                    prompting = false;
                }
            }
        }
    }

    /** A line the program reads from its console input; null (end of file) after Ctrl-D or Ctrl-C. */
    private String programLine() {
        synchronized (readLock) {
            try {
                return reader.readLine("");
            } catch (UserInterruptException e) {
                onInterrupt.run();
                return null;
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        ConsoleOutputPort.redirect(null);
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

        /** Parentheses and quotes end a word too, so that "(defi" completes "defi". */
        @Override
        public boolean isDelimiterChar(CharSequence buffer, int pos) {
            char c = buffer.charAt(pos);
            return Character.isWhitespace(c) || "()[]'`,".indexOf(c) >= 0;
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
