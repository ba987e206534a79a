package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an imported XML file with the JDK's own parser, securely: no DOCTYPE at all (so no external entity can be
 * read and no entity can expand without end), secure processing on, and no deeper nesting than the limits allow. Every
 * XML file an import reads goes through here, those inside a Word document included.
 */
final class XmlTree {

    private XmlTree() {
    }

    /** The root element of {@code xml}; {@code what} names the file in messages. */
    static XmlNode parse(byte[] xml, String what, int maxDepth) throws RefiException {
        Handler handler = new Handler(what, maxDepth);
        try {
            parser().parse(new ByteArrayInputStream(xml), handler);
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE") || m.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new Refusal(what + ": refused: it declares a DOCTYPE (line " + e.getLineNumber() + "). REFI-QDA files never"
                        + " need one, and one can make a parser read other files of this computer or expand without end", e);
            }
            if (e.getCause() instanceof RefiException r) {
                throw r;
            }
            if (m.contains("JAXP000") || m.contains("jdk.xml.")) {
                // the JDK's own guards under secure processing: nesting depth, entity expansion, attribute counts
                throw new Refusal(what + ": refused: it goes beyond a limit the XML parser sets against hostile files (line "
                        + e.getLineNumber() + "): " + m, e);
            }
            throw new RefiException(what + ": not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): "
                    + m, e);
        } catch (SAXException e) {
            if (e.getCause() instanceof RefiException r) {
                throw r;
            }
            throw new RefiException(what + ": cannot be read as XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RefiException(what + ": cannot be read: " + e.getMessage(), e);
        }
        if (handler.root == null) {
            throw new RefiException(what + ": holds no XML element");
        }
        return handler.root;
    }

    private static SAXParser parser() throws RefiException {
        try {
            // the JDK's own parser, whatever another bundle may have registered as the default factory
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = f.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new RefiException("The Java runtime's XML parser cannot be set up securely: " + e.getMessage(), e);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String what;
        private final int maxDepth;
        private final Deque<XmlNode> open = new ArrayDeque<>();
        private Locator locator;
        XmlNode root;

        Handler(String what, int maxDepth) {
            this.what = what;
            this.maxDepth = maxDepth;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (open.size() >= maxDepth) {
                throw new SAXException(new Refusal(what + ": refused: its elements are nested more than " + maxDepth
                        + " deep (line " + line() + ")"));
            }
            XmlNode node = new XmlNode(localName == null || localName.isEmpty() ? local(qName) : localName, line());
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                node.attributes.put(name == null || name.isEmpty() ? local(attributes.getQName(i)) : name, attributes.getValue(i));
            }
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop().close();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().append(ch, start, length);
            }
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        private static String local(String qName) {
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }
}
