package org.coprod.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

/** The two REFI-QDA schemas shipped in the bundle, for validating what an export wrote (secure processing on). */
final class Schemas {

    private Schemas() {
    }

    static void validateProject(byte[] xml) throws IOException, SAXException {
        validate("/schema/Project.xsd", xml);
    }

    static void validateCodebook(byte[] xml) throws IOException, SAXException {
        validate("/schema/Codebook.xsd", xml);
    }

    private static void validate(String schema, byte[] xml) throws IOException, SAXException {
        URL url = ProjectExport.class.getResource(schema);
        if (url == null) {
            throw new IOException(schema + " is not on the bundle class path");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema s = factory.newSchema(url);
        Validator validator = s.newValidator();
        validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
