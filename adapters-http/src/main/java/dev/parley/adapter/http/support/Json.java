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

    /** A response DTO (or a JSON tree) as the JSON it is written as on the wire. */
    public static JsonFragment fragment(Object dto) {
        return new JsonFragment(write(dto));
    }

    /** A response DTO as a JSON object to reshape before writing it. */
    public static ObjectNode tree(Object dto) {
        return MAPPER.valueToTree(dto);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialised", e);
        }
    }
}
