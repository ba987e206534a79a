package org.coprod.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** XML a test reads back from what the product wrote, parsed as the product parses what it is given: no DOCTYPE. */
public final class XmlDocuments {

    private XmlDocuments() {
    }

    /** The document, namespace-aware; a DOCTYPE is refused, so a test never fetches or expands an entity. */
    public static Document parse(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
