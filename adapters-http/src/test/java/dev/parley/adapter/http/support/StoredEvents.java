package dev.parley.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.JsonText;
import java.util.List;
import java.util.Map;

/** An event's data as the dispatcher reads it back from the outbox: written as JSON text, parsed as plain data. */
public final class StoredEvents {
    private StoredEvents() {
    }

    public static Map<String, Object> stored(DomainEvent event) {
        try {
            return Json.MAPPER.readValue(JsonText.write(event.data()), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one event of {@code type} among {@code events}. */
    public static DomainEvent only(List<DomainEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).reduce((a, b) -> {
            throw new IllegalStateException("more than one " + type);
        }).orElseThrow();
    }
}
