package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types a webhook receives: a non-empty list of names from the {@link EventCatalog}, each once, or
 * exactly {@code ["*"]} for every type, including types added to the catalog later.
 */
public final class EventFilter {
    public static final String ALL = "*";

    private final List<String> names;

    private EventFilter(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** Every event type. */
    public static EventFilter all() {
        return new EventFilter(List.of(ALL));
    }

    /** Reads the list a customer submitted, refusing it as {@code field} with every unknown name it holds. */
    public static EventFilter parse(String field, List<String> raw) {
        InvalidInput.required(field, raw);
        if (raw.isEmpty()) {
            throw new InvalidInput(field, "must list at least one event type, or \"*\" for all");
        }
        List<String> unknown = raw.stream().filter(name -> !name.equals(ALL) && !EventCatalog.contains(name)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(field, "contains unknown event types: " + String.join(", ", unknown));
        }
        if (raw.contains(ALL) && raw.size() > 1) {
            throw new InvalidInput(field, "must be [\"*\"] alone or a list of event types, not both");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = new ArrayList<>();
        for (String name : raw) {
            if (!seen.add(name) && !repeated.contains(name)) {
                repeated.add(name);
            }
        }
        if (!repeated.isEmpty()) {
            throw new InvalidInput(field, "lists event types more than once: " + String.join(", ", repeated));
        }
        return new EventFilter(raw);
    }

    /**
     * A filter as stored; it passed {@link #parse} once. Names the catalog no longer has are kept and simply never
     * match, so an old row always loads.
     */
    public static EventFilter rehydrate(List<String> stored) {
        if (stored == null || stored.isEmpty()) {
            throw new IllegalArgumentException("a stored event filter names at least one type");
        }
        return new EventFilter(stored);
    }

    /** Whether an event of {@code type} passes the filter. */
    public boolean matches(String type) {
        return isAll() || names.contains(type);
    }

    public boolean isAll() {
        return names.equals(List.of(ALL));
    }

    /** The names in the order given, or {@code ["*"]}. */
    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventFilter that && names.equals(that.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "EventFilter" + names;
    }
}
