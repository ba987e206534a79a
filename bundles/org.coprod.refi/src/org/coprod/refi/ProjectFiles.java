package org.coprod.refi;

/**
 * Where things lie inside a {@code .qdpx}: one {@code project.qde} and a flat {@code sources/} folder of
 * {@code <GUID>.<ext>} files, which the project names as {@code internal://<GUID>.<ext>}. Written strictly so;
 * read leniently ({@link ProjectArchive}).
 */
final class ProjectFiles {

    static final String PROJECT = "project.qde";
    static final String SOURCES = "sources/";
    static final String INTERNAL = "internal://";

    private ProjectFiles() {
    }

    static String internal(String guid, String extension) {
        return INTERNAL + guid + "." + extension;
    }

    static String entry(String guid, String extension) {
        return SOURCES + guid + "." + extension;
    }
}
