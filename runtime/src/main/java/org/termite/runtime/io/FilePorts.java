package org.termite.runtime.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.termite.runtime.exec.SchemeError;
import org.termite.runtime.value.MString;

/** Opening files as ports (UTF-8 for text), testing for and deleting files. Failures name the file. */
final class FilePorts {
    /**
     * Output file ports not yet seen closed: their buffers are written out when the program exits, since a
     * program may well end without closing what it wrote. Closed ports leave the set at the next exit flush.
     */
    static final Set<Port> OPEN_OUTPUT = ConcurrentHashMap.newKeySet();

    private FilePorts() {}

    private static Port opened(Port p) {
        Ports.fileOutputOpened = true;
        OPEN_OUTPUT.removeIf(o -> !o.isOpen());
        OPEN_OUTPUT.add(p);
        return p;
    }

    /** Flushes every output file port still open; errors are ignored, the program is ending anyway. */
    static void flushOpenOutput() {
        for (Port p : OPEN_OUTPUT) {
            if (!p.isOpen()) {
                OPEN_OUTPUT.remove(p);
                continue;
            }
            try {
                if (p instanceof TextOutputPort t) {
                    t.flush("exit");
                } else if (p instanceof BinaryOutputPort b) {
                    b.flush("exit");
                }
            } catch (RuntimeException e) {
                OPEN_OUTPUT.remove(p);
            }
        }
    }

    static Path path(String who, Object name) {
        if (!(name instanceof MString s)) {
            throw SchemeError.wrongType(who, "string", name);
        }
        try {
            return Path.of(s.toString());
        } catch (InvalidPathException e) {
            throw SchemeError.fileError(who + ": invalid file name:", name);
        }
    }

    static Port openTextInput(String who, Object name) {
        Path p = path(who, settingsPath(who, name));
        try {
            BufferedInputStream bytes = new BufferedInputStream(Files.newInputStream(p));
            BufferedReader r = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
            Port port = new ReaderInputPort(r, quoted(p), false, true);
            port.binaryView = new BinaryInputPort(bytes, quoted(p));
            return port;
        } catch (IOException | SecurityException e) {
            throw cannotOpen(who, name);
        }
    }

    /** A text file port that also takes bytes (see {@link Port#binaryView}); Gambit's settings list too. */
    static Port openTextOutput(String who, Object name) {
        Path p = path(who, settingsPath(who, name));
        try {
            java.nio.file.OpenOption[] options = appends(name)
                    ? new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.WRITE}
                    : new java.nio.file.OpenOption[0];
            BufferedOutputStream bytes = new BufferedOutputStream(Files.newOutputStream(p, options));
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            Port port = new WriterOutputPort(w, quoted(p));
            port.binaryView = BinaryOutputPort.toStream(bytes, quoted(p));
            return opened(port);
        } catch (IOException | SecurityException e) {
            throw cannotOpen(who, name);
        }
    }

    /**
     * The file name of Gambit's settings form {@code (path: "f" append: #t ...)}, or the name itself. Settings
     * other than path: and append: (create:, char-encoding:, ...) are accepted and ignored.
     */
    private static Object settingsPath(String who, Object name) {
        if (!(name instanceof org.termite.runtime.value.Pair)) {
            return name;
        }
        Object path = setting(name, "path");
        if (path == null) {
            throw SchemeError.error(who + ": settings without path:", name);
        }
        return path;
    }

    private static boolean appends(Object name) {
        Object a = name instanceof org.termite.runtime.value.Pair ? setting(name, "append") : null;
        return a != null && a != Boolean.FALSE;
    }

    private static Object setting(Object settings, String key) {
        for (Object l = settings; l instanceof org.termite.runtime.value.Pair p && p.cdr instanceof org.termite.runtime.value.Pair v;
                l = v.cdr) {
            if (p.car instanceof org.termite.runtime.value.Keyword k && k.name.equals(key)) {
                return v.car;
            }
        }
        return null;
    }

    static Port openBinaryInput(String who, Object name) {
        Path p = path(who, name);
        try {
            return new BinaryInputPort(new BufferedInputStream(Files.newInputStream(p)), quoted(p));
        } catch (IOException | SecurityException e) {
            throw cannotOpen(who, name);
        }
    }

    static Port openBinaryOutput(String who, Object name) {
        Path p = path(who, name);
        try {
            return opened(BinaryOutputPort.toStream(new BufferedOutputStream(Files.newOutputStream(p)), quoted(p)));
        } catch (IOException | SecurityException e) {
            throw cannotOpen(who, name);
        }
    }

    static boolean exists(Object name) {
        return Files.exists(path("file-exists?", name));
    }

    static void delete(Object name) {
        Path p = path("delete-file", name);
        try {
            Files.delete(p);
        } catch (IOException | SecurityException e) {
            throw SchemeError.fileError("delete-file: cannot delete file:", name);
        }
    }

    private static SchemeError cannotOpen(String who, Object name) {
        return SchemeError.fileError(who + ": cannot open file:", name);
    }

    private static String quoted(Path p) {
        return "\"" + p + "\"";
    }
}
