package org.coprod.share;

/**
 * One field that both sides of a pull changed to different values, or an element one side deleted and the other
 * edited. The values are shown as text; {@code null} stands for a field that is empty or an element that is deleted.
 *
 * @param caseId  the case whose file holds the field, or {@link #LIBRARY} for the library file
 * @param feature the path of the field inside that file, such as {@code summary} or {@code codings[bovaird.P2-D3]/confidence}
 */
public record Conflict(String caseId, String feature, String base, String mine, String theirs) {

    /** Stands for the library file (typologies, actors, sources, codebook): never a case id, which has no dot. */
    public static final String LIBRARY = "library.xmi";

    /** The feature path of a whole case file deleted on one side and edited on the other. */
    public static final String WHOLE_CASE = "(case)";

    /** The feature path of a file outside the model (a document) changed on both sides. */
    public static final String WHOLE_FILE = "(file)";

    /** Whether this is the conflict named by a case id (or {@link #LIBRARY}) and a feature path. */
    public boolean names(String caseOrLibrary, String featurePath) {
        return caseId.equals(caseOrLibrary) && feature.equals(featurePath);
    }
}
