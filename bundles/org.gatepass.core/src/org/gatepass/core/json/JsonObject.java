package org.gatepass.core.json;

import java.util.List;

/**
 * Writes one JSON object, member by member, escaping strings per RFC 8259: what Gatepass sends (webhook bodies) and
 * hands out (a person's data) is a handful of fields and lists, so a writer this small keeps the bundles free of a
 * JSON library.
 */
public final class JsonObject {
    private final StringBuilder json = new StringBuilder("{");

    public JsonObject put(String name, String value) {
        member(name);
        if (value == null) {
            json.append("null");
        } else {
            string(json, value);
        }
        return this;
    }

    public JsonObject put(String name, Long value) {
        member(name).append(value == null ? "null" : value.toString());
        return this;
    }

    /** JSON has no NaN or infinity: those are written as null. */
    public JsonObject put(String name, Double value) {
        member(name).append(value == null || value.isNaN() || value.isInfinite() ? "null" : value.toString());
        return this;
    }

    public JsonObject put(String name, boolean value) {
        member(name).append(value);
        return this;
    }

    public JsonObject put(String name, JsonObject value) {
        member(name).append(value == null ? "null" : value.toString());
        return this;
    }

    /** A list of objects, in order. */
    public JsonObject put(String name, List<JsonObject> values) {
        StringBuilder array = member(name).append('[');
        for (int i = 0; i < values.size(); i++) {
            array.append(i == 0 ? "" : ",").append(values.get(i));
        }
        array.append(']');
        return this;
    }

    @Override
    public String toString() {
        return json + "}";
    }

    private StringBuilder member(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        string(json, name);
        return json.append(':');
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                // Control characters must be escaped; U+2028/U+2029 too, since JavaScript receivers may choke on them.
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
