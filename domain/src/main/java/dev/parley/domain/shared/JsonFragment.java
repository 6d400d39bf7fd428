package dev.parley.domain.shared;

import java.util.Objects;

/**
 * One JSON value already written as compact JSON text (RFC 8259), to be spliced verbatim into a larger document; its
 * writer vouches that it is valid JSON.
 */
public record JsonFragment(String json) {
    public JsonFragment {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new IllegalArgumentException("a JSON fragment holds a value");
        }
    }

    /** Plain data (the shape {@link JsonText} writes) as a fragment. */
    public static JsonFragment of(Object plainData) {
        return new JsonFragment(JsonText.write(plainData));
    }
}
