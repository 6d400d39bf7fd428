package dev.parley.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.JsonText;
import java.util.LinkedHashMap;
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

    /** What a surface showed, parsed back into plain data, keys in their written order. */
    public static Map<String, Object> shown(JsonFragment fragment) {
        try {
            return Json.MAPPER.readValue(fragment.json(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response DTO as a route writes it, parsed back into plain data: the same names, order and omissions as on the wire. */
    public static Map<String, Object> plain(Object dto) {
        return shown(Json.fragment(dto));
    }

    /** The one event of {@code type} among {@code events}. */
    public static DomainEvent only(List<DomainEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).reduce((a, b) -> {
            throw new IllegalStateException("more than one " + type);
        }).orElseThrow();
    }
}
