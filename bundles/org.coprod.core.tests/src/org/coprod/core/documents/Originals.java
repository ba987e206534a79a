package org.coprod.core.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Original files made by the tests themselves, with POI and PDFBox, so that what they hold is known exactly. */
final class Originals {

    private Originals() {
    }

    /** A Word document with the paragraphs given, then a table of one row with the cells given. */
    static Path docx(Path file, List<String> paragraphs, List<String> cells) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader old = t.getContextClassLoader();
        t.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (!cells.isEmpty()) {
                XWPFTable table = doc.createTable(1, cells.size());
                for (int i = 0; i < cells.size(); i++) {
                    table.getRow(0).getCell(i).setText(cells.get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return Files.write(file, out.toByteArray());
        } finally {
            t.setContextClassLoader(old);
        }
    }

    /** A PDF with one page for each text given (one line each, Helvetica: Latin-1 text only). */
    static Path pdf(Path file, List<String> pages) throws IOException {
        try (PDDocument doc = pages(pages)) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF protected by a user password (it cannot be opened without one) or by an owner password only. */
    static Path encryptedPdf(Path file, boolean userPassword) throws IOException {
        try (PDDocument doc = pages(List.of("Secret minutes"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword ? "user-secret" : "",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDDocument pages(List<String> pages) throws IOException {
        PDDocument doc = new PDDocument();
        for (String text : pages) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (text.isEmpty()) {
                continue;
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
        }
        return doc;
    }

    /** A copy of a .docx whose main part declares an external entity that names {@code secret} and uses it. */
    static Path withExternalEntity(Path docx, Path file, Path secret) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int start = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, start) + "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                            + xml.substring(start).replaceFirst("(<w:t(?: [^>]*)?>)", "$1&secret;");
                    if (!xml.contains("&secret;")) {
                        throw new IllegalStateException("no text run to put the entity in: " + xml);
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return Files.write(file, out.toByteArray());
    }
}
