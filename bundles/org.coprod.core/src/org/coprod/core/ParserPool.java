package org.coprod.core;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * EMF's pool of SAX parsers, shared by every library the program opens, whose parsers are handed back without the
 * handler of the file they last read: EMF pools a parser as it is, and its handler holds that file's resource, so the
 * resource set and every case of a library closed long ago stayed reachable until the parser read another file.
 * <p>
 * Only the handlers are dropped. {@link SAXParser#reset()} would also drop the features set on the parser when the
 * pool made it, among them the refusal of a DOCTYPE, and the pool would then hand out parsers that accept one.
 */
final class ParserPool extends XMLParserPoolImpl {

    @Override
    public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean useLexicalHandler) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(null);
            reader.setErrorHandler(null);
            reader.setEntityResolver(null);
            reader.setDTDHandler(null);
        } catch (SAXException | RuntimeException e) {
            return; // a parser that cannot let go of its handler is not pooled: the next read makes a new one
        }
        super.release(parser, features, properties, useLexicalHandler);
    }
}
