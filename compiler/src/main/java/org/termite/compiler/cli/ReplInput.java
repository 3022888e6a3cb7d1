package org.termite.compiler.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Eof;

/**
 * Where the REPL gets its input: chunks of text that hold only complete data (one or several forms, or none),
 * whatever number of lines the user needed to type them.
 */
interface ReplInput extends AutoCloseable {
    /** The next chunk of complete forms, or null at the end of the input. */
    String nextChunk() throws IOException;

    @Override
    default void close() {}

    /**
     * True while {@code text} ends inside a datum: an open list, string, block comment or the like. The reader
     * signals that only as an "unexpected end of input" read error; any other read error means the text is
     * complete but wrong, and evaluating it reports the error.
     */
    static boolean needsMore(String text) {
        try {
            readAll(text, "repl.scm", new SourcePositions());
            return false;
        } catch (SchemeError e) {
            return String.valueOf(e.getMessage()).contains(": unexpected end of input");
        }
    }

    /** Every datum of {@code text}; throws the reader's SchemeError on malformed text. */
    static List<Object> readAll(String text, String file, SourcePositions positions) {
        DatumReader reader = new DatumReader(text, file, positions);
        List<Object> forms = new ArrayList<>();
        for (Object d = reader.read(); d != Eof.VALUE; d = reader.read()) {
            forms.add(d);
        }
        return forms;
    }
}
