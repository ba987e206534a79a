package org.coprod.core.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage;

/**
 * The version of the library file format, recorded as {@code formatVersion} on the library's root, and the ordered
 * steps that bring an older library up to it. A library written by a newer version is refused before anything is
 * loaded or written; an older one is upgraded in memory when it is opened, and never written by the upgrade itself:
 * the upgraded library (with the current version) is written by the next save, like any other change, so that merely
 * opening a library in version control never changes it.
 * <p>
 * History:
 * <ol start="0">
 * <li>Unversioned: libraries written before the version was recorded (no {@code formatVersion} attribute).</li>
 * <li>The version is recorded; the content is otherwise that of version 0 ({@link UnversionedToV1}).</li>
 * <li>Evidence: coders, documents, a codebook, segments, memos and framework-matrix summaries; notes have ids
 * ({@link V1ToV2}).</li>
 * </ol>
 * To change the format: raise {@link #CURRENT}, add its line above, and add a step from the previous version to
 * {@link #STEPS}, tested on a library saved by the previous version (kept as a fixture under the core tests).
 */
public final class FormatVersion {

    /** The version this workbench writes, and the newest it reads. */
    public static final int CURRENT = 2;

    /** The step from version {@code i} is at index {@code i}: the steps from a version up to {@link #CURRENT}, in order. */
    static final List<FormatStep> STEPS = List.of(new UnversionedToV1(), new V1ToV2());

    private FormatVersion() {
    }

    /**
     * The version a library file declares (0 when it declares none), read from its first element without loading the
     * model: a newer library may hold what this version's model cannot load, and must still be refused by its version.
     */
    public static int declaredBy(byte[] libraryFile) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // The same refusal of DOCTYPEs and external entities as the library's own load options.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(libraryFile));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && isLibrary(xml)) {
                        return version(xml.getAttributeValue(null, CoprodPackage.Literals.CASE_LIBRARY__FORMAT_VERSION.getName()));
                    }
                }
                return 0;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("not readable as XML (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isLibrary(XMLStreamReader xml) {
        return CoprodPackage.eNS_URI.equals(xml.getNamespaceURI())
                && CoprodPackage.Literals.CASE_LIBRARY.getName().equals(xml.getLocalName());
    }

    private static int version(String text) throws IOException {
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IOException("its format version '" + text + "' is not a number", e);
        }
    }

    /**
     * Why the library file cannot be opened, read by its declared version alone; none when the file cannot be read at
     * all, which the load that follows reports with the line at fault.
     */
    public static Optional<String> refusal(Path libraryFile) {
        try {
            return refusal(libraryFile, declaredBy(Files.readAllBytes(libraryFile)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why a library file of {@code version} cannot be opened, if it cannot: it was written by a newer version. */
    public static Optional<String> refusal(Path file, int version) {
        if (version > CURRENT) {
            return Optional.of("Cannot open " + file + ": it is in library format version " + version
                    + ", written by a newer version of the Co-production Workbench; this version reads format versions up to "
                    + CURRENT + ". Nothing was changed; open it with a newer workbench.");
        }
        if (version < 0) {
            return Optional.of("Cannot open " + file + ": its library format version " + version + " is not one any workbench writes.");
        }
        return Optional.empty();
    }

    /**
     * Brings a library just loaded from a file of {@code version} up to {@link #CURRENT} in memory, step by step, and
     * returns the steps taken (none for a current library). Nothing is written: the next save writes the result.
     */
    public static List<FormatStep> upgrade(CaseLibrary library, int version) {
        if (version < 0 || version > CURRENT) {
            throw new IllegalArgumentException("No upgrade from library format version " + version + " to " + CURRENT);
        }
        List<FormatStep> taken = STEPS.subList(version, CURRENT);
        taken.forEach(step -> step.upgrade(library));
        library.setFormatVersion(CURRENT);
        return taken;
    }
}
