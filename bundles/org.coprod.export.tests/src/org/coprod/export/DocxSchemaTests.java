package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Every XML part of every kind of brief validates against the OOXML schemas, with POI's full schema set
 * ({@code poi-ooxml-full}, a test-only bundle: the product ships the lite set, which cannot validate).
 */
class DocxSchemaTests {

    private static final String FULL = "wrapped.org.apache.poi.poi-ooxml-full";
    private static final String HOLDER = "org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder";

    /** The full schema set: from its bundle under OSGi, or from the jar named by -Dpoi.ooxml.full elsewhere. */
    static SchemaTypeLoader schemas() throws Exception {
        Class<?> holder = null;
        if (Platform.isRunning()) {
            Bundle b = Platform.getBundle(FULL);
            assertTrue(b != null, FULL + " is in the test runtime");
            holder = b.loadClass(HOLDER);
        } else {
            String jar = System.getProperty("poi.ooxml.full");
            assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no poi-ooxml-full outside OSGi");
            holder = Class.forName(HOLDER, true, new URLClassLoader(new URL[] { Path.of(jar).toUri().toURL() }, null) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    return name.startsWith("org.apache.xmlbeans.") ? XmlBeans.class.getClassLoader().loadClass(name)
                            : super.loadClass(name, resolve);
                }
            });
        }
        SchemaTypeSystem system = (SchemaTypeSystem) holder.getField("typeSystem").get(null);
        return XmlBeans.typeLoaderUnion(system, XmlBeans.getBuiltinTypeSystem());
    }

    static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    /** The schema errors of every XML part but the package's own (content types and relationships). */
    static List<String> errors(byte[] docx, SchemaTypeLoader schemas) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var part : parts(docx).entrySet()) {
            String name = part.getKey();
            if (!name.endsWith(".xml") || name.equals("[Content_Types].xml") || name.endsWith(".rels")
                    || name.equals("docProps/core.xml")) {
                continue;
            }
            XmlOptions options = new XmlOptions();
            List<XmlError> errors = new ArrayList<>();
            options.setErrorListener(errors);
            options.setLoadLineNumbers();
            XmlObject xml = schemas.parse(new ByteArrayInputStream(part.getValue()), null, options);
            if (xml.schemaType() == XmlObject.type || xml.schemaType().isNoType()) {
                problems.add(name + ": no schema type for its root element");
                continue;
            }
            checked++;
            if (!xml.validate(options)) {
                errors.forEach(e -> problems.add(name + ":" + e.getLine() + ": " + e.getMessage()));
            }
        }
        assertTrue(checked >= 5, "document, styles, settings, numbering, footnotes... checked: " + checked);
        return problems;
    }

    static byte[] docx(BriefRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(null).write(BriefAssembler.assemble(request), out);
        return out.toByteArray();
    }

    @Test
    void everyPartOfEveryKindOfBriefValidates() throws Exception {
        SchemaTypeLoader schemas = schemas();
        for (BriefDetail detail : BriefDetail.values()) {
            for (List<String> ids : List.of(BriefTruthTests.THREE, SampleCases.BOVAIRD_FIVE, List.of("opp-orangi-sanitation"))) {
                List<String> errors = errors(docx(BriefRequest.of(SampleCases.cases(ids)).withDetail(detail)), schemas);
                assertEquals(List.of(), errors, ids + " " + detail);
            }
        }
    }

    @Test
    void theBundledReferenceDocumentValidates() throws Exception {
        byte[] reference;
        try (var in = DocxWriter.class.getResourceAsStream(DocxWriter.DEFAULT_REFERENCE)) {
            reference = in.readAllBytes();
        }
        assertEquals(List.of(), errors(reference, schemas()));
    }

    @Test
    void aBriefOpensInWordsCurrentModeWithFontFallbacks() throws Exception {
        Map<String, byte[]> parts = parts(docx(BriefRequest.of(SampleCases.cases(BriefTruthTests.THREE))));
        String settings = new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8);
        assertTrue(settings.matches("(?s).*<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/>.*"), settings);
        String fonts = new String(parts.get("word/fontTable.xml"), StandardCharsets.UTF_8);
        assertTrue(fonts.matches("(?s).*<w:font w:name=\"Calibri\">\\s*<w:altName w:val=\"Carlito\"/>.*"), fonts);
        assertTrue(fonts.matches("(?s).*<w:font w:name=\"Cambria\">\\s*<w:altName w:val=\"Caladea\"/>.*"), fonts);
    }
}
