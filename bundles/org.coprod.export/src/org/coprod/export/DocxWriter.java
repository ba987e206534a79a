package org.coprod.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDefaultRunStyle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.coprod.core.PoiLogging;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Writes a brief as a Word document with POI. The styles come from a reference document (as pandoc's
 * {@code --reference-doc}): the body of the reference is dropped and its styles, page setup, footer and settings are
 * kept; styles it lacks are taken from the reference shipped in this bundle. The result has named styles for every
 * part, a table-of-contents field that Word and LibreOffice update, page numbers, real footnotes and document properties.
 * <p>
 * This class prepares the document (reference, styles, properties, footer); {@link DocxBody} writes the brief's blocks
 * into it, with {@link DocxRuns} for the text inside paragraphs, {@link DocxTables} for tables and figures and
 * {@link DocxLists} for bullets and numbering.
 */
public final class DocxWriter {

    /** The reference document inside this bundle. */
    public static final String DEFAULT_REFERENCE = "/reference/brief-reference.docx";

    /** Style ids the writer uses; each must exist in the reference (or is copied from the default one). */
    static final List<String> STYLES = List.of("Title", "Subtitle", "Author", "Heading1", "Heading2", "Heading3", "Heading4", "Caption",
            "Quote", "TOCHeading", "TOC1", "TOC2", "TOC3", "FootnoteText", "FootnoteReference", "Hyperlink", "SourceCode", "VerbatimChar",
            "ListParagraph", "BriefTable", "Footer");

    /** The thread {@link #prepareInBackground} started, if any. */
    private static volatile Thread preparing;

    private final Path reference;

    /** @param reference a .docx whose styles the brief uses, or null for the bundled reference */
    public DocxWriter(Path reference) {
        this.reference = reference;
    }

    public void write(Brief brief, OutputStream out) throws IOException {
        awaitPreparation();
        // POI and XMLBeans find their schema types through the context class loader: in OSGi it must be POI's own.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        PoiLogging.unblock();
        try (XWPFDocument doc = open()) {
            Brief safe = SafeText.of(brief);
            properties(doc, safe);
            language(doc, safe.text().tag());
            if (!hasFooter(doc)) {
                addPageFooter(doc, safe.text());
            } else if (reference == null) {
                translateFooter(doc, safe.text());
            }
            doc.enforceUpdateFields();
            DocxSettings.compatibilityMode(doc, 15);
            new DocxBody(doc, safe).write();
            // POI zips every part at deflate's default level, the figures' PNGs (already deflated) included: the fastest
            // level makes the XML parts a few per cent larger and halves the time spent zipping, and the figures are
            // stored as they are, since deflating them again gains nothing and costs milliseconds per brief
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out)) {
                @Override
                public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                    setLevel(entry.getName().endsWith(".png") ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
                    super.putArchiveEntry(entry);
                }
            }) {
                doc.write(zip);
            }
        } catch (XmlException e) {
            throw new IOException("Cannot build the Word document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // POI's own words ("Fail to save: an error occurs while saving the package : The part /docProps/core.xml ...")
            // tell a user nothing; the cause stays attached for a bug report
            throw new IOException("Cannot build the Word document: a part of the brief could not be stored in Word's format", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Loads and initialises POI and XMLBeans on a background thread, by reading the bundled reference: a one-off command
     * that will write a Word file calls this first, so that the second of class loading it costs runs while the library
     * opens and the brief is assembled. Nothing is written; a failure here is left for the real write to report.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            Thread.currentThread().setContextClassLoader(XWPFDocument.class.getClassLoader());
            PoiLogging.unblock();
            try (XWPFDocument doc = openDefault()) {
                doc.getStyles();
            } catch (IOException | RuntimeException e) {
                // the write that follows meets the same problem and says it
            }
        }, "Preparing Word output");
        thread.setDaemon(true);
        preparing = thread;
        thread.start();
    }

    /**
     * Waits for a preparation still loading POI: a write must not initialise POI's and XMLBeans' classes and schema
     * types while another thread does, and the figures now drawn on other cores bring the write to it sooner.
     */
    private static void awaitPreparation() {
        Thread thread = preparing;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private XWPFDocument open() throws IOException, XmlException {
        XWPFDocument doc;
        if (reference == null) {
            doc = openDefault();
        } else {
            try (InputStream in = Files.newInputStream(reference)) {
                doc = new XWPFDocument(in);
            } catch (AccessDeniedException e) {
                throw new IOException("Cannot read the reference document " + reference + ": permission denied", e);
            } catch (IOException | RuntimeException e) {
                // POI's words ("No valid entries or contents found, this is not a valid OOXML ...") stay in the cause
                throw new IOException("Cannot read the reference document " + reference
                        + ": it is not a Word (.docx) document, or it is damaged", e);
            }
        }
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        completeStyles(doc);
        return doc;
    }

    static XWPFDocument openDefault() throws IOException {
        try (InputStream in = DocxWriter.class.getResourceAsStream(DEFAULT_REFERENCE)) {
            if (in == null) {
                throw new IOException("The bundled reference document " + DEFAULT_REFERENCE + " is missing");
            }
            return new XWPFDocument(in);
        }
    }

    /** A user's reference may lack some styles: take those from the bundled reference so every paragraph has its style. */
    private void completeStyles(XWPFDocument doc) throws IOException {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        XWPFDocument fallback = null;
        try {
            for (String id : STYLES) {
                if (!styles.styleExist(id)) {
                    if (fallback == null) {
                        fallback = openDefault();
                    }
                    XWPFStyle style = fallback.getStyles().getStyle(id);
                    if (style != null) {
                        styles.addStyle(new XWPFStyle((CTStyle) style.getCTStyle().copy(), styles));
                    }
                }
            }
        } finally {
            if (fallback != null) {
                fallback.close();
            }
        }
    }

    /** Adds "Page N of M" to the default footer, so every reference document numbers its pages. */
    static void addPageFooter(XWPFDocument doc, BriefText words) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        p.setAlignment(ParagraphAlignment.CENTER);
        CTP ctp = p.getCTP();
        text(ctp, words.get("footer.page") + " ");
        field(ctp, "PAGE", "1");
        text(ctp, " " + words.get("footer.of") + " ");
        field(ctp, "NUMPAGES", "1");
    }

    /** The bundled reference's footer is {@link #addPageFooter}'s, in English: its words are put in the brief's language. */
    private static void translateFooter(XWPFDocument doc, BriefText words) {
        for (XWPFFooter footer : doc.getFooterList()) {
            for (XWPFParagraph p : footer.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if ("Page ".equals(r.text())) {
                        r.setText(words.get("footer.page") + " ", 0);
                    } else if (" of ".equals(r.text())) {
                        r.setText(" " + words.get("footer.of") + " ", 0);
                    }
                }
            }
        }
    }

    /** A run of text whose leading and trailing spaces Word must keep. */
    private static void text(CTP p, String text) {
        var t = p.addNewR().addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void field(CTP p, String instruction, String cached) {
        CTSimpleField f = p.addNewFldSimple();
        f.setInstr(instruction);
        f.addNewR().addNewT().setStringValue(cached);
    }

    private static boolean hasFooter(XWPFDocument doc) {
        return doc.getFooterList().stream().anyMatch(f -> !f.getParagraphs().isEmpty());
    }

    /** The document's default language, the brief's; runs of the cases' own words carry theirs ({@link DocxRuns}). */
    private static void language(XWPFDocument doc, String tag) {
        XWPFDefaultRunStyle defaults = doc.getStyles().getDefaultRunStyle();
        if (defaults == null) {
            doc.getStyles().setSpellingLanguage(tag);
            return;
        }
        CTRPr run = defaults.getRPr();
        CTLanguage language = run.sizeOfLangArray() > 0 ? run.getLangArray(0) : run.addNewLang();
        language.setVal(tag);
    }

    private static void properties(XWPFDocument doc, Brief brief) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(brief.title());
        core.setCreator(brief.author());
        core.setSubjectProperty(brief.subject());
        core.setDescription(brief.text().get(brief.comparative() ? "description.compared" : "description.case"));
        core.setKeywords(String.join(", ", brief.caseIds()));
        core.setCreated(Optional.of(Date.from(brief.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    /** A new paragraph at the end of the body, in a style of the reference (null: the default paragraph style). */
    static XWPFParagraph paragraph(XWPFDocument doc, String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }
}
