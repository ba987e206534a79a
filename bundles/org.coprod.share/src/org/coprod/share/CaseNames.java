package org.coprod.share;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A case's name read from the first element of its file, without loading the model (status lists many cases). */
final class CaseNames {

    private static final XMLInputFactory XML = factory();

    private CaseNames() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The name, or the fallback when the file has none or cannot be read. */
    static String of(byte[] caseFile, String fallback) {
        if (caseFile == null) {
            return fallback;
        }
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(caseFile));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getAttributeValue(null, "name");
                        return name == null || name.isBlank() ? fallback : name;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // an unreadable file is listed under its id; opening the library reports what is wrong with it
        }
        return fallback;
    }
}
