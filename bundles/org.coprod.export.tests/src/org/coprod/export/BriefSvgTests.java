package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.coprod.model.Case;
import org.coprod.testing.XmlDocuments;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The figures a brief draws itself are in the Word file as SVG too, attached to their PNGs as Word 2016 attaches them. */
class BriefSvgTests {

    private static final String SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static byte[] docx(List<Case> cases) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(null).write(BriefAssembler.assemble(BriefRequest.of(cases)), out);
        return out.toByteArray();
    }

    /** All the text the SVG shows, its text elements joined by spaces. */
    static String text(Document svg) {
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            b.append(texts.item(i).getTextContent()).append(' ');
        }
        return b.toString().replaceAll("\\s+", " ");
    }

    @Test
    void eachFigureOfTheWordBriefHasItsSvgAttachedToItsPng() throws Exception {
        byte[] docx = docx(SampleCases.cases(BriefTruthTests.THREE));
        Map<String, byte[]> parts = DocxSchemaTests.parts(docx);
        Document body = XmlDocuments.parse(parts.get("word/document.xml"));
        NodeList blips = body.getElementsByTagNameNS(SVG_NS, "svgBlip");
        List<String> attached = new ArrayList<>();
        for (int i = 0; i < blips.getLength(); i++) {
            Element blip = (Element) blips.item(i);
            Element ext = (Element) blip.getParentNode();
            assertEquals("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", ext.getAttribute("uri"), "in Word's SVG extension of the picture");
            assertEquals("blip", ext.getParentNode().getParentNode().getLocalName(), "of the PNG's blip");
            attached.add(blip.getAttributeNS(RELATIONSHIPS_NS, "embed"));
        }
        assertEquals(2, attached.size(), "the grid and who pays each name an SVG");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (String id : attached) {
                XWPFPictureData svg = doc.getPictureDataByID(id);
                assertNotNull(svg, id + " is a picture part of the document");
                assertEquals("svg", svg.suggestFileExtension());
                assertEquals("image/svg+xml", svg.getPackagePart().getContentType());
                Element root = XmlDocuments.parse(svg.getData()).getDocumentElement();
                assertEquals("svg", root.getLocalName());
                assertTrue(root.getAttribute("width").endsWith("cm"), root.getAttribute("width"));
            }
        }
        // Word's extension does not break the schema: the blip's extension list takes any element
        assertEquals(List.of(), DocxSchemaTests.errors(docx, DocxSchemaTests.schemas()));
    }

    @Test
    void theSvgIsTheSameDrawingAsThePngAtItsPrintSize() throws Exception {
        List<Case> cases = SampleCases.cases(BriefTruthTests.THREE);
        Brief brief = BriefAssembler.assemble(BriefRequest.of(cases));
        Figure grid = BriefExport.figures(brief).get(0);
        Element root = XmlDocuments.parse(grid.svg()).getDocumentElement();
        assertEquals(String.format(Locale.ROOT, "%.2fcm", grid.widthCm()), root.getAttribute("width"));
        assertEquals(String.format(Locale.ROOT, "%.2fcm", grid.heightCm()), root.getAttribute("height"));
        String[] box = root.getAttribute("viewBox").split(" ");
        assertEquals(grid.widthCm() * 72 / 2.54, Double.parseDouble(box[2]), 0.01, "drawn in points, as the PNG");
        String text = text(root.getOwnerDocument());
        for (Case c : cases) {
            // the names wrap over lines of the cell: every word is there as text
            for (String word : CaseFacts.shortName(c).split("\\s+")) {
                assertTrue(text.contains(word), word + " in " + text);
            }
        }
        assertTrue(text.contains("P2-D2"), "the cells' codes: " + text);
    }

    /**
     * Batik's SVG generator keeps number formats and attribute caches in static fields that are not safe for threads,
     * and a brief draws its figures on several at once: drawn from many threads at once, every SVG is still the one
     * drawn alone.
     */
    @Test
    void figuresDrawnAsSvgOnManyThreadsAtOnceAreEachTheSvgDrawnAlone() throws Exception {
        Consumer<Graphics2D> painter = g -> {
            for (int i = 0; i < 400; i++) {
                g.setColor(new Color(i % 50 * 5, 100, 200 - i % 60 * 3));
                g.fill(new Rectangle2D.Double(i % 40 * 3.137, i % 30 * 1.414, 20.5 + i / 7.0, 9.25 + i / 1000.0));
                g.setFont(new Font(Font.SANS_SERIF, i % 2 == 0 ? Font.BOLD : Font.PLAIN, 10).deriveFont(6.6f + i % 3));
                g.drawString("Orangi " + i, (float) (i % 40 * 2.718), (float) (20 + i % 50 * 1.732));
            }
        };
        byte[] alone = Svg.draw(8, 4, painter);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> drawn = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                drawn.add(threads.submit(() -> Svg.draw(8, 4, painter)));
            }
            for (Future<byte[]> f : drawn) {
                assertArrayEquals(alone, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFigureDrawnElsewhereHasNoSvg() {
        byte[] png = Png.draw(1, 1, g -> g.drawLine(0, 0, 10, 10));
        assertNull(new Figure("x", png, 1, 1, "a line").svg());
    }

    @Test
    void controlCharactersInACaseNameDoNotReachTheFiguresAlternativeText() throws Exception {
        Case bell = EcoreUtil.copy(SampleCases.get("tackley-village-shop"));
        bell.setName("Village\u0007 shop\u0001 of Tackley");
        assertFalse(bell.getContributions().isEmpty(), "who pays names the case");
        byte[] docx = docx(List.of(bell, SampleCases.get("caterham-barracks")));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String body = new String(DocxSchemaTests.parts(docx).get("word/document.xml"), StandardCharsets.UTF_8);
            Matcher descr = Pattern.compile("descr=\"([^\"]*)\"").matcher(body);
            int n = 0;
            while (descr.find()) {
                n++;
                assertFalse(descr.group(1).contains("&#"), "no character reference in " + descr.group(1));
                assertTrue(descr.group(1).chars().noneMatch(c -> c < 0x20), descr.group(1));
            }
            assertTrue(n >= 2, "the grid's and who pays' alternative texts");
            assertTrue(body.contains("Village shop of Tackley"), "the name, printable");
        }
    }
}
