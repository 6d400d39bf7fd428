package dev.parley.adapter.http.support;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads an event's stored, surface-neutral data (UUID text, ISO-8601 instants, numbers, booleans, strings). A missing
 * required key or a value of the wrong kind is an {@link IllegalArgumentException} naming the key.
 */
public final class StoredEventData {
    private final Map<String, Object> data;

    public StoredEventData(Map<String, Object> data) {
        this.data = Collections.unmodifiableMap(data);
    }

    /** The stored data as it is, keys in their stored order. */
    public Map<String, Object> asMap() {
        return data;
    }

    public String text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key));
    }

    public Optional<String> optionalText(String key) {
        return optional(key, String.class);
    }

    public UUID uuid(String key) {
        String raw = text(key);
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a UUID: " + raw, e);
        }
    }

    public Instant instant(String key) {
        return optionalInstant(key).orElseThrow(() -> missing(key));
    }

    public Optional<Instant> optionalInstant(String key) {
        return optionalText(key).map(raw -> {
            try {
                return IsoInstants.parse(raw);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " is not an ISO-8601 instant: " + raw, e);
            }
        });
    }

    public long number(String key) {
        return optionalNumber(key).orElseThrow(() -> missing(key));
    }

    public Optional<Long> optionalNumber(String key) {
        return optional(key, Number.class).map(Number::longValue);
    }

    public boolean flag(String key) {
        return optional(key, Boolean.class).orElseThrow(() -> missing(key));
    }

    public List<String> texts(String key) {
        return list(key).stream().map(item -> cast(key, item, String.class)).toList();
    }

    @SuppressWarnings("unchecked")
    public List<StoredEventData> items(String key) {
        return list(key).stream().map(item -> new StoredEventData(cast(key, item, Map.class))).toList();
    }

    /** The constant whose wire name is the value at {@code key}. */
    public <E extends Enum<E>> E choice(String key, E[] constants, Function<E, String> wireName) {
        String raw = text(key);
        return Arrays.stream(constants).filter(c -> wireName.apply(c).equals(raw)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " is not one of the known values: " + raw));
    }

    private List<?> list(String key) {
        return optional(key, List.class).orElseThrow(() -> missing(key));
    }

    private <T> Optional<T> optional(String key, Class<T> kind) {
        return Optional.ofNullable(data.get(key)).map(value -> cast(key, value, kind));
    }

    private static <T> T cast(String key, Object value, Class<T> kind) {
        if (!kind.isInstance(value)) {
            throw new IllegalArgumentException(key + " should be a " + kind.getSimpleName() + ", not " + value);
        }
        return kind.cast(value);
    }

    private static IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("the stored event has no " + key);
    }
}
