package dev.parley.application.fake;

import dev.parley.application.shared.port.out.Outbox;
import dev.parley.domain.shared.DomainEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps appended events in order for tests to inspect. */
public final class InMemoryOutbox implements Outbox {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<DomainEvent> appended) {
        events.addAll(appended);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> types() {
        return events.stream().map(DomainEvent::type).toList();
    }

    public synchronized void clear() {
        events.clear();
    }
}
