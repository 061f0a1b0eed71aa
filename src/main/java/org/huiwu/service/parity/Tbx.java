// SPDX-License-Identifier: AGPL-3.0-or-later
package org.huiwu.service.parity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.huiwu.domain.parity.TermbaseEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The termbase as TBX (TBX-Basic: martif/text/body/termEntry/langSet/tig/term). Written in UTF-8 with the UUID as
 * the entry's id, the note as {@code <note>}, the preferred form marked preferredTerm. Read leniently: TBX 2 and
 * TBX 3 names (conceptEntry, langSec, termSec, ntig/termGrp), languages such as "zh-CN" or "ru-RU", with or without
 * namespaces. External entities and DTDs are never loaded.
 */
final class Tbx {

    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private Tbx() {
    }

    static byte[] write(List<TermbaseEntry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // The JDK's own writer: iText's signing brings Woodstox, which would write a different declaration.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("martif");
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("xml", XML_NS, "lang", "zh");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("martifHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            xml.writeStartElement("p");
            xml.writeCharacters("Huiwu termbase / 会晤术语库 / термины Huiwu");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            for (TermbaseEntry entry : entries) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("termEntry");
                xml.writeAttribute("id", "_" + entry.uuid());
                if (!entry.term().note().isEmpty()) {
                    xml.writeStartElement("note");
                    xml.writeCharacters(entry.term().note());
                    xml.writeEndElement();
                }
                xml.writeStartElement("admin");
                xml.writeAttribute("type", "source");
                xml.writeCharacters(entry.origin().name());
                xml.writeEndElement();
                langSet(xml, "zh", entry.term().zh());
                langSet(xml, "ru", entry.term().ru());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("TBX could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static void langSet(XMLStreamWriter xml, String language, List<String> forms) throws XMLStreamException {
        xml.writeStartElement("langSet");
        xml.writeAttribute("xml", XML_NS, "lang", language);
        boolean first = true;
        for (String form : forms) {
            xml.writeStartElement("tig");
            xml.writeStartElement("term");
            xml.writeCharacters(form);
            xml.writeEndElement();
            xml.writeStartElement("termNote");
            xml.writeAttribute("type", "administrativeStatus");
            xml.writeCharacters(first ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts");
            xml.writeEndElement();
            xml.writeEndElement();
            first = false;
        }
        xml.writeEndElement();
    }

    static List<TermFile.Imported> read(byte[] bytes) {
        Document document = parse(bytes);
        Element root = document.getDocumentElement();
        String rootName = name(root);
        if (!rootName.equals("martif") && !rootName.equals("tbx")) {
            throw new TermFileException("terms.file.notTbx", rootName);
        }
        List<TermFile.Imported> terms = new ArrayList<>();
        for (Element entry : descendants(root, "termEntry", "conceptEntry")) {
            List<String> zh = new ArrayList<>();
            List<String> ru = new ArrayList<>();
            for (Element langSet : descendants(entry, "langSet", "langSec")) {
                String language = language(langSet);
                List<String> target = language.startsWith("zh") ? zh : language.startsWith("ru") ? ru : null;
                if (target != null) {
                    target.addAll(forms(langSet));
                }
            }
            List<String> notes = new ArrayList<>();
            for (Element child : children(entry)) {
                String name = name(child);
                if (name.equals("note") || name.equals("descrip") && !"subjectField".equals(child.getAttribute("type"))) {
                    notes.add(child.getTextContent().strip());
                }
            }
            terms.add(new TermFile.Imported(uuid(entry.getAttribute("id")), zh, ru, String.join(" ", notes)));
        }
        return terms;
    }

    /** The forms of a language section in document order, the one marked preferred moved first. */
    private static List<String> forms(Element langSet) {
        List<String> forms = new ArrayList<>();
        for (Element term : descendants(langSet, "term")) {
            String form = term.getTextContent().strip();
            Node group = term.getParentNode();
            boolean preferred = group instanceof Element element && descendants(element, "termNote").stream()
                    .anyMatch(note -> note.getTextContent().strip().startsWith("preferred"));
            if (preferred) {
                forms.add(0, form);
            } else {
                forms.add(form);
            }
        }
        return forms;
    }

    private static String language(Element langSet) {
        String language = langSet.getAttributeNS(XML_NS, "lang");
        if (language.isEmpty()) {
            language = langSet.getAttribute("xml:lang");
        }
        if (language.isEmpty()) {
            language = langSet.getAttribute("lang");
        }
        return language.strip().toLowerCase(Locale.ROOT);
    }

    /** Our exports write "_" + UUID (an XML id may not start with a digit); other ids are no UUIDs of ours. */
    private static UUID uuid(String id) {
        String candidate = id.startsWith("_") ? id.substring(1) : id;
        try {
            return candidate.length() == 36 ? UUID.fromString(candidate) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // A DOCTYPE naming the TBX DTD is common and allowed, but nothing outside the file is ever read.
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new TermFileException(e, "terms.file.xmlSyntax", e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new TermFileException(e, "terms.file.xmlSyntax", 0, 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser", e);
        }
    }

    private static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<Element> descendants(Element parent, String... names) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = name(element);
            for (String wanted : names) {
                if (name.equals(wanted)) {
                    found.add(element);
                }
            }
        }
        return found;
    }
}
