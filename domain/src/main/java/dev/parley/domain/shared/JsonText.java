package dev.parley.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * Writes plain data (strings, numbers, booleans, lists, maps with string keys, nulls), the shape of
 * {@link DomainEvent#data()}, as compact JSON text (RFC 8259), keys in the map's own order.
 */
public final class JsonText {
    private JsonText() {
    }

    public static String write(Object value) {
        StringBuilder json = new StringBuilder();
        append(json, value);
        return json.toString();
    }

    /** {@code text} as a JSON string, quotes included. */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        appendString(json, text);
        return json.toString();
    }

    private static void append(StringBuilder json, Object value) {
        switch (value) {
            case null -> json.append("null");
            case String text -> appendString(json, text);
            case Boolean bool -> json.append(bool);
            case Double number when number.isNaN() || number.isInfinite() -> throw notJson(number);
            case Float number when number.isNaN() || number.isInfinite() -> throw notJson(number);
            case Number number -> json.append(number);
            case Map<?, ?> map -> appendObject(json, map);
            case List<?> list -> appendArray(json, list);
            default -> throw notJson(value);
        }
    }

    private static void appendObject(StringBuilder json, Map<?, ?> map) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings, not " + entry.getKey());
            }
            if (!first) {
                json.append(',');
            }
            appendString(json, key);
            json.append(':');
            append(json, entry.getValue());
            first = false;
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

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
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

    private static IllegalArgumentException notJson(Object value) {
        return new IllegalArgumentException("not plain JSON data: " + value.getClass().getSimpleName() + " " + value);
    }
}
