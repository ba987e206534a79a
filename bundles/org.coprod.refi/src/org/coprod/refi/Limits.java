package org.coprod.refi;

import org.eclipse.osgi.util.NLS;

/**
 * How much an imported file may hold before it is refused as hostile or broken: a zip entry or a whole archive that
 * would expand beyond these sizes, or expands more than {@code maxRatio} times its compressed size once past
 * {@code ratioFloor} bytes (a zip bomb), too many entries, or XML nested too deeply.
 */
public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloor, int maxDepth) {

    private static final long MB = 1024L * 1024;

    /**
     * Enough for a project of ten thousand cases with their documents, far below what would exhaust a workbench's
     * memory; the depth is the JDK's own limit under secure processing.
     */
    public static final Limits DEFAULT = new Limits(200_000, 256 * MB, 1024 * MB, 200, 16 * MB, 100);

    /** These limits with another largest entry and largest total (for tests and for users with very large projects). */
    public Limits withSizes(long entryBytes, long totalBytes) {
        return new Limits(maxEntries, entryBytes, totalBytes, maxRatio, ratioFloor, maxDepth);
    }

    static String megabytes(long bytes) {
        return bytes >= MB ? NLS.bind(Messages.Size_megabytes, bytes / MB) : NLS.bind(Messages.Size_bytes, bytes);
    }
}
