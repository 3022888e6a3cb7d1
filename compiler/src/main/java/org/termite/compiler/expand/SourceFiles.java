package org.termite.compiler.expand;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Names of source files, and the files for names, where a file may be an entry of a jar: a library found on the
 * class path is read from its jar as a path of the jar's file system, so that its includes and the libraries
 * beside it are found as they are beside a file on disk. A source position names a file by a string, so a jar's
 * entry is named by its URI ({@code jar:file:///lib/shapes.jar!/shapes/area.sld}), which says where it is in an
 * error message and turns back into the same path.
 */
public final class SourceFiles {
    private SourceFiles() {}

    /** The name source positions give the file: its path on disk, or its URI when it is in a jar. */
    public static String name(Path file) {
        return file.getFileSystem() == FileSystems.getDefault() ? file.toString() : file.toUri().toString();
    }

    /** The file a source position names: the inverse of {@link #name}. */
    public static Path path(String name) {
        if (name.startsWith("jar:")) {
            Path p = inJar(URI.create(name));
            if (p != null) {
                return p;
            }
        }
        return Path.of(name);
    }

    /** Why a source file could not be read, for "cannot include FILE: why" (the JDK's message repeats the name). */
    public static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }

    /** A class-path resource as a path (of the jar's file system for a jar entry), or null if it is neither. */
    public static Path of(URL resource) {
        try {
            URI uri = resource.toURI();
            return switch (uri.getScheme()) {
                case "file" -> Path.of(uri);
                case "jar" -> inJar(uri);
                default -> null;
            };
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The entry a jar URI names; the jar's file system stays open, as the class loader keeps the jar open. */
    private static Path inJar(URI uri) {
        try {
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException notOpenYet) {
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException openedMeanwhile) {
                    fs = FileSystems.getFileSystem(uri);
                }
            }
            return fs.provider().getPath(uri);
        } catch (IOException | IllegalArgumentException | FileSystemNotFoundException | UnsupportedOperationException e) {
            // a jar inside a jar, or a URI no provider reads: the caller falls back to the resource's text alone
            return null;
        }
    }
}
