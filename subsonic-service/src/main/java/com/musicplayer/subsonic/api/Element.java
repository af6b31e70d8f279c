package com.musicplayer.subsonic.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a Subsonic response, the single model both XML and JSON are written from:
 * attributes (numbers and booleans stay typed for JSON), child elements in order, a child marked as
 * a list (a JSON array even with one item, as clients expect), and text (JSON {@code value}).
 * Attributes OpenSubsonic added are kept apart so that a legacy client gets the plain 1.16.1 shape.
 */
public final class Element {

    final String name;
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final Map<String, Object> openSubsonic = new LinkedHashMap<>();
    final Map<String, List<Element>> children = new LinkedHashMap<>();
    final Map<String, Boolean> lists = new LinkedHashMap<>();
    final Map<String, Boolean> openSubsonicChildren = new LinkedHashMap<>();
    final Map<String, List<Object>> values = new LinkedHashMap<>();
    String text;

    public Element(String name) {
        this.name = name;
    }

    public static Element of(String name) {
        return new Element(name);
    }

    /** A Subsonic 1.16.1 attribute; null values are left out. */
    public Element attr(String key, Object value) {
        if (value != null) {
            attributes.put(key, value);
        }
        return this;
    }

    /** An attribute OpenSubsonic added: left out for legacy clients. */
    public Element os(String key, Object value) {
        if (value != null) {
            openSubsonic.put(key, value);
        }
        return this;
    }

    /** A single child element. */
    public Element child(Element child) {
        children.computeIfAbsent(child.name, k -> new ArrayList<>()).add(child);
        lists.putIfAbsent(child.name, false);
        return this;
    }

    /** Children of one name that JSON writes as an array, even when there are none or one. */
    public Element list(String childName, List<Element> items) {
        children.computeIfAbsent(childName, k -> new ArrayList<>()).addAll(items);
        lists.put(childName, true);
        return this;
    }

    /** A list of children OpenSubsonic added (e.g. a song's {@code genres}): left out for legacy clients. */
    public Element osList(String childName, List<Element> items) {
        list(childName, items);
        openSubsonicChildren.put(childName, true);
        return this;
    }

    /**
     * Plain values as repeated elements with text in XML ({@code <folder>1</folder>}) and as a JSON
     * array of numbers or strings ({@code "folder": [1]}).
     */
    public Element values(String childName, List<?> items) {
        values.computeIfAbsent(childName, k -> new ArrayList<>()).addAll(items);
        return this;
    }

    /** A body whose children go straight into {@code subsonic-response} (OpenSubsonic's extension list). */
    public static Element fragment() {
        return new Element("");
    }

    public boolean isFragment() {
        return name.isEmpty();
    }

    public Element text(String value) {
        this.text = value;
        return this;
    }

    public String name() {
        return name;
    }
}
