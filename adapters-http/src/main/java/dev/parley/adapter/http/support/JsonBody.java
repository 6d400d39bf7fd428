package dev.parley.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body read strictly: it must be a JSON object, every field has the type it should, and a wrong type
 * is refused naming the field (nested fields as {@code customer.email}). Unknown fields are ignored.
 */
public final class JsonBody {
    private final ObjectNode node;
    private final String prefix;

    private JsonBody(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    public static JsonBody parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw HttpFailure.of(ProblemKind.INVALID, "The request body must be a JSON object.");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw HttpFailure.of(ProblemKind.INVALID, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw HttpFailure.of(ProblemKind.INVALID, "The request body must be a JSON object.");
        }
        return new JsonBody(object, "");
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    public Optional<String> text(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return Optional.of(value.textValue());
    }

    public String requiredText(String field) {
        return text(field).orElseThrow(() -> new InvalidInput(name(field), "is required"));
    }

    public Optional<Boolean> bool(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "a boolean");
        }
        return Optional.of(value.booleanValue());
    }

    public Optional<Integer> integer(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(field, "an integer");
        }
        return Optional.of(value.intValue());
    }

    /** An integer that fits a long, such as an id. */
    public Optional<Long> longInteger(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, "an integer");
        }
        return Optional.of(value.longValue());
    }

    /**
     * The field's value, of any JSON type, as plain Java data (maps, lists, strings, numbers, booleans), for the core
     * to read with its own rules; empty when absent or null.
     */
    public Optional<Object> plain(String field) {
        JsonNode value = present(field);
        return value == null ? Optional.empty() : Optional.of(Json.MAPPER.convertValue(value, Object.class));
    }

    /** An array of objects; fields inside are named {@code field.inner} in errors. */
    public Optional<List<JsonBody>> objects(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of objects");
        }
        List<JsonBody> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) {
                throw wrongType(field, "an array of objects");
            }
            items.add(new JsonBody(object, name(field) + "."));
        }
        return Optional.of(items);
    }

    public Optional<List<String>> textList(String field) {
        JsonNode value = present(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(field, "an array of strings");
            }
            items.add(item.textValue());
        }
        return Optional.of(items);
    }

    public JsonBody requiredObject(String field) {
        JsonNode value = present(field);
        if (value == null) {
            throw new InvalidInput(name(field), "is required");
        }
        if (!(value instanceof ObjectNode object)) {
            throw wrongType(field, "an object");
        }
        return new JsonBody(object, name(field) + ".");
    }

    /** The full name of a field, with its parents, as error messages show it. */
    public String name(String field) {
        return prefix + field;
    }

    private JsonNode present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private InvalidInput wrongType(String field, String expected) {
        return new InvalidInput(name(field), "must be " + expected);
    }
}
