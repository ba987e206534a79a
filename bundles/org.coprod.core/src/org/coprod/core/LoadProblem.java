package org.coprod.core;

import java.nio.file.Path;

/** A file of a library that could not be read, with where and why; the rest of the library still opens. */
public record LoadProblem(Path file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
}
