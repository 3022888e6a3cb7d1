package org.termite.compiler.expand;

import java.util.ArrayList;
import java.util.List;
import org.termite.compiler.ir.CompileError;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.text.DatumReader;
import org.termite.runtime.text.SourcePositions;
import org.termite.runtime.value.Eof;

/** The forms of a source text, with their positions recorded; a reader error becomes a compile error. */
public final class SourceReader {
    private SourceReader() {}

    public static List<Object> read(String text, String file, SourcePositions positions) {
        DatumReader reader = new DatumReader(text, file, positions);
        List<Object> forms = new ArrayList<>();
        try {
            for (Object d = reader.read(); d != Eof.VALUE; d = reader.read()) {
                forms.add(d);
            }
        } catch (SchemeError e) {
            throw new CompileError(null, e.getMessage());
        }
        return forms;
    }
}
