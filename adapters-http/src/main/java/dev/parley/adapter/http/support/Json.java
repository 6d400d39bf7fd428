package dev.parley.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.shared.JsonFragment;

/** The one JSON mapper of the HTTP layer: strict reading, plain writing. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** A response DTO (or a JSON tree) as the very JSON a route writes for it. */
    public static JsonFragment fragment(Object dto) {
        try {
            return new JsonFragment(MAPPER.writeValueAsString(dto));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + dto.getClass().getSimpleName(), e);
        }
    }

    /** A response DTO as a JSON object to reshape before writing it. */
    public static ObjectNode tree(Object dto) {
        return MAPPER.valueToTree(dto);
    }

    /** {@code shown} with {@code key} set to {@code value} right after its {@code id}, the rest in their order. */
    public static ObjectNode withAfterId(ObjectNode shown, String key, String value) {
        ObjectNode reordered = MAPPER.createObjectNode();
        reordered.set("id", shown.get("id"));
        reordered.put(key, value);
        shown.properties().forEach(property -> reordered.putIfAbsent(property.getKey(), property.getValue()));
        return reordered;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }
}
