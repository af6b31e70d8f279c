package com.musicplayer.subsonic.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Element} tree as Subsonic XML (the {@code http://subsonic.org/restapi} namespace)
 * or as Subsonic JSON ({@code {"subsonic-response": {...}}}), with or without the OpenSubsonic
 * additions.
 */
final class ResponseWriter {

    static final String NAMESPACE = "http://subsonic.org/restapi";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResponseWriter() {}

    static void xml(Element root, boolean openSubsonic, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            writeXml(xml, root, openSubsonic, true);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException ex) {
            throw new IOException(ex);
        }
    }

    private static void writeXml(XMLStreamWriter xml, Element element, boolean openSubsonic, boolean root)
            throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element.name);
        if (root) {
            xml.writeDefaultNamespace(NAMESPACE);
        }
        for (Map.Entry<String, Object> attribute : element.attributes.entrySet()) {
            xml.writeAttribute(attribute.getKey(), xmlValue(attribute.getValue()));
        }
        if (openSubsonic) {
            for (Map.Entry<String, Object> attribute : element.openSubsonic.entrySet()) {
                xml.writeAttribute(attribute.getKey(), xmlValue(attribute.getValue()));
            }
        }
        for (Map.Entry<String, List<Element>> children : element.children.entrySet()) {
            if (!openSubsonic && element.openSubsonicChildren.containsKey(children.getKey())) {
                continue;
            }
            for (Element child : children.getValue()) {
                writeXml(xml, child, openSubsonic, false);
            }
        }
        for (Map.Entry<String, List<Object>> values : element.values.entrySet()) {
            for (Object value : values.getValue()) {
                xml.writeStartElement(NAMESPACE, values.getKey());
                xml.writeCharacters(String.valueOf(value));
                xml.writeEndElement();
            }
        }
        if (element.text != null) {
            xml.writeCharacters(element.text);
        }
        xml.writeEndElement();
    }

    private static String xmlValue(Object value) {
        return String.valueOf(value);
    }

    static void json(Element root, boolean openSubsonic, Writer out, String callback) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeName(root.name);
            writeJson(json, root, openSubsonic);
            json.writeEndObject();
        }
        out.write(callback == null ? text.toString() : callback + "(" + text + ");");
        out.flush();
    }

    private static void writeJson(JsonGenerator json, Element element, boolean openSubsonic) {
        json.writeStartObject();
        writeAttributes(json, element.attributes);
        if (openSubsonic) {
            writeAttributes(json, element.openSubsonic);
        }
        for (Map.Entry<String, List<Element>> children : element.children.entrySet()) {
            if (!openSubsonic && element.openSubsonicChildren.containsKey(children.getKey())) {
                continue;
            }
            json.writeName(children.getKey());
            if (Boolean.TRUE.equals(element.lists.get(children.getKey()))) {
                json.writeStartArray();
                for (Element child : children.getValue()) {
                    writeJson(json, child, openSubsonic);
                }
                json.writeEndArray();
            } else {
                writeJson(json, children.getValue().get(0), openSubsonic);
            }
        }
        for (Map.Entry<String, List<Object>> values : element.values.entrySet()) {
            json.writeName(values.getKey());
            json.writeStartArray();
            for (Object value : values.getValue()) {
                writeValue(json, value);
            }
            json.writeEndArray();
        }
        if (element.text != null) {
            json.writeStringProperty("value", element.text);
        }
        json.writeEndObject();
    }

    private static void writeAttributes(JsonGenerator json, Map<String, Object> attributes) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            json.writeName(attribute.getKey());
            writeValue(json, attribute.getValue());
        }
    }

    private static void writeValue(JsonGenerator json, Object value) {
        if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
