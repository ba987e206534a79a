package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

/**
 * Reads an imported XML file with the JDK's own streaming parser (StAX), securely: a DOCTYPE refuses the file (so no
 * external entity can be read and no entity can expand without end), secure processing on, and no deeper nesting than
 * the limits allow. Every XML file an import reads goes through here, those inside a Word document included. A small
 * file is read whole ({@link #parse}); a project is walked element by element ({@link #open}, {@link #next}), each of
 * its parts read whole ({@link #rest}) and let go, so that a project of any size is never held in memory at once.
 */
final class XmlTree implements AutoCloseable {

    private final XMLStreamReader reader;
    private final String what;
    private final int maxDepth;
    /** Elements open at the reader's position. */
    private int depth;

    private XmlTree(XMLStreamReader reader, String what, int maxDepth) {
        this.reader = reader;
        this.what = what;
        this.maxDepth = maxDepth;
    }

    /** The root element of {@code xml}, read whole; {@code what} names the file in messages. */
    static XmlNode parse(byte[] xml, String what, int maxDepth) throws RefiException {
        try (XmlTree tree = open(new ByteArrayInputStream(xml), what, maxDepth)) {
            XmlNode root = tree.next();
            if (root == null) {
                throw new RefiException(NLS.bind(Messages.Xml_noElement, what));
            }
            tree.rest(root);
            tree.end();
            return root;
        }
    }

    /** A reader of {@code in} before its root element (which {@link #next} gives). */
    static XmlTree open(InputStream in, String what, int maxDepth) throws RefiException {
        try {
            return new XmlTree(factory().createXMLStreamReader(in), what, maxDepth);
        } catch (XMLStreamException e) {
            throw failure(e, what);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever another bundle may have registered as the default factory
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /**
     * The next element inside the element last opened (by this method), with its attributes but not yet its content,
     * or null at the end of that element (which closes it). Text between elements is passed over.
     */
    XmlNode next() throws RefiException {
        while (true) {
            switch (step()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return started();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    return null;
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return null;
                }
                default -> {
                    // text, comments and processing instructions between elements
                }
            }
        }
    }

    /** Reads the content of the element {@link #next} gave into it: its child elements and its text. */
    XmlNode rest(XmlNode node) throws RefiException {
        int level = depth;
        XmlNode current = node;
        Deque<XmlNode> open = new ArrayDeque<>();
        while (depth >= level) {
            switch (step()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = started();
                    current.children.add(child);
                    open.push(current);
                    current = child;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    current.close();
                    current = open.isEmpty() ? null : open.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> current.append(
                        reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                case XMLStreamConstants.END_DOCUMENT -> throw new RefiException(NLS.bind(Messages.Xml_endsInside, what, node.name));
                default -> {
                    // comments and processing instructions
                }
            }
        }
        return node;
    }

    /** Passes over the content of the element {@link #next} gave. */
    void skip() throws RefiException {
        int level = depth;
        while (depth >= level) {
            switch (step()) {
                case XMLStreamConstants.START_ELEMENT -> started();
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new RefiException(NLS.bind(Messages.Xml_endsInsideElement, what));
                default -> {
                    // content passed over
                }
            }
        }
    }

    /** Reads to the end of the file, which must hold nothing but white space, comments or processing instructions. */
    void end() throws RefiException {
        while (step() != XMLStreamConstants.END_DOCUMENT) {
            // anything else after the root is an error the parser reports
        }
    }

    private XmlNode started() throws RefiException {
        if (depth >= maxDepth) {
            throw new Refusal(NLS.bind(Messages.Xml_tooDeep, new Object[] {what, maxDepth, line()}));
        }
        depth++;
        XmlNode node = new XmlNode(reader.getLocalName(), line());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            node.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return node;
    }

    private int step() throws RefiException {
        try {
            if (!reader.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new Refusal(NLS.bind(Messages.Xml_doctype, what, line()));
            }
            return event;
        } catch (XMLStreamException e) {
            throw failure(e, what);
        }
    }

    private int line() {
        Location l = reader.getLocation();
        return l == null ? 0 : l.getLineNumber();
    }

    private static RefiException failure(XMLStreamException e, String what) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof ProjectArchive.Bounded b) {
                return b.refusal; // the zip entry being read went beyond a limit
            }
        }
        Location at = e.getLocation();
        int line = at == null ? 0 : at.getLineNumber();
        String m = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (m.toLowerCase(Locale.ROOT).contains("doctype")) {
            return new Refusal(NLS.bind(Messages.Xml_doctype, what, line), e);
        }
        if (m.contains("JAXP000") || m.contains("jdk.xml.")) {
            // the JDK's own guards under secure processing: nesting depth, entity expansion, attribute counts
            return new Refusal(NLS.bind(Messages.Xml_parserLimit, new Object[] {what, line, m}), e);
        }
        return new RefiException(NLS.bind(Messages.Xml_malformed, new Object[] {what, line, at == null ? 0 : at.getColumnNumber(), m}), e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // the stream under it is closed by its owner
        }
    }
}
