package com.musicplayer.subsonic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The official Subsonic 1.16.1 XSD (a copy of the published schema in this module's test resources,
 * {@code subsonic/subsonic-rest-api-1.16.1.xsd}, as the project's shared material gives it) and the
 * JDK's validator. OpenSubsonic adds attributes (and a song's {@code genres}
 * elements) the XSD does not know: {@link #openSubsonicStripped} removes exactly those, nothing else.
 */
final class SubsonicSchema {

    static final String RESOURCE = "/subsonic/subsonic-rest-api-1.16.1.xsd";

    /** Every attribute OpenSubsonic added that this server sends. */
    static final Set<String> OPEN_SUBSONIC_ATTRIBUTES = Set.of(
            "type",
            "serverVersion",
            "openSubsonic",
            "played",
            "mediaType",
            "displayArtist",
            "isCompilation",
            "sortName",
            "readonly");

    static final Set<String> OPEN_SUBSONIC_ELEMENTS = Set.of("genres");

    private static Schema schema;

    private SubsonicSchema() {}

    static synchronized Schema schema() throws IOException, SAXException {
        if (schema == null) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(locate());
        }
        return schema;
    }

    static URL locate() {
        URL xsd = SubsonicSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("The Subsonic XSD (" + RESOURCE + ") is not on the test class path");
        }
        return xsd;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Validates as sent (throws SAXException with the line and reason when invalid). */
    static void validate(Document document) throws Exception {
        schema().newValidator().validate(new DOMSource(document));
    }

    static Document openSubsonicStripped(Document document) {
        strip(document.getDocumentElement());
        return document;
    }

    private static void strip(Element element) {
        for (String name : OPEN_SUBSONIC_ATTRIBUTES) {
            element.removeAttribute(name);
        }
        NodeList children = element.getChildNodes();
        List<Node> remove = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                if (OPEN_SUBSONIC_ELEMENTS.contains(child.getLocalName())) {
                    remove.add(child);
                } else {
                    strip(child);
                }
            }
        }
        remove.forEach(element::removeChild);
    }
}
