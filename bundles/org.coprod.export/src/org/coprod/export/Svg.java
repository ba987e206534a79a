package org.coprod.export;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.function.Consumer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.batik.svggen.SVGCSSStyler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A figure as SVG, from the same painter as its PNG, through Batik's SVG generator: Word 2016 and later show it (and
 * print it sharp at any size) where it is attached beside the PNG, and an editor can change a label in it. Text stays
 * text, in the figure's generic font family, so a reader can select and search it.
 */
final class Svg {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Svg() {
    }

    /**
     * Batik's generator shares static state between its instances (each context formats numbers with one of a few
     * static {@code DecimalFormat}s, which are not safe for threads): one SVG is drawn at a time, while PNGs are drawn
     * beside it.
     */
    private static final Object GENERATOR = new Object();

    /** The painter draws in points on a page of the given size in centimetres, as for {@link Png#draw}. */
    static byte[] draw(double widthCm, double heightCm, Consumer<Graphics2D> painter) {
        synchronized (GENERATOR) {
            return drawAlone(widthCm, heightCm, painter);
        }
    }

    private static byte[] drawAlone(double widthCm, double heightCm, Consumer<Graphics2D> painter) {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document());
        context.setComment(null);
        context.setPrecision(4);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        try {
            Png.hints(g); // the same hints as the PNG: with fractional metrics, labels wrap at the same words
            double w = widthCm * Png.POINTS_PER_CM;
            double h = heightCm * Png.POINTS_PER_CM;
            g.setSVGCanvasSize(new Dimension((int) Math.ceil(w), (int) Math.ceil(h)));
            painter.accept(g);
            Element root = g.getRoot();
            root.setAttributeNS(null, "width", String.format(Locale.ROOT, "%.2fcm", widthCm));
            root.setAttributeNS(null, "height", String.format(Locale.ROOT, "%.2fcm", heightCm));
            root.setAttributeNS(null, "viewBox", String.format(Locale.ROOT, "0 0 %.2f %.2f", w, h));
            SVGCSSStyler.style(root); // presentation attributes become style properties, as Word's own SVGs have them
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            // written by the JDK rather than by Batik's stream, which puts the SVG 1.0 DTD at the top: a reader that
            // follows it fetches the DTD over the network
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(root), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("The figure cannot be written as SVG", e); // in memory: cannot happen
        } finally {
            g.dispose();
        }
    }

    /** An empty SVG document from the JDK's DOM: the generator only uses it to create elements. */
    private static Document document() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured", e);
        }
    }
}
