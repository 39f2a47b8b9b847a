package org.gamescloud.depository.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON in the canonical form of RFC 8785 (JCS) for the values notarised here: object keys sorted by UTF-16 code
 * units, no insignificant whitespace, strings with only the escapes JSON requires, integers as plain decimals. Two
 * parties who serialise the same document get the same bytes, and so the same leaf hash.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    /** Serialises maps with string keys, lists, strings, booleans, integers and nulls; anything else is refused. */
    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String string) {
            appendString(json, string);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(json, map);
        } else if (value instanceof List<?> list) {
            appendArray(json, list);
        } else {
            throw new IllegalArgumentException("no canonical JSON for " + value.getClass());
        }
    }

    private static void appendObject(StringBuilder json, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> sorted.put((String) key, value));
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            appendString(json, member.getKey());
            json.append(':');
            append(json, member.getValue());
        }
        json.append('}');
    }

    private static void appendArray(StringBuilder json, List<?> list) {
        json.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            append(json, list.get(i));
        }
        json.append(']');
    }

    private static void appendString(StringBuilder json, String string) {
        json.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
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
