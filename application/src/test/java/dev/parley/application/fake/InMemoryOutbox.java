package dev.parley.application.fake;

import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps appended events in order for tests to inspect, and hands them out once to a reader. */
public final class InMemoryOutbox implements Outbox, OutboxReader {
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<OutboxEvent> recorded = new ArrayList<>();
    private final Set<EventId> published = new HashSet<>();
    private long sequence;

    @Override
    public synchronized void append(List<DomainEvent> appended) {
        events.addAll(appended);
        for (DomainEvent event : appended) {
            recorded.add(new OutboxEvent(new EventId(new UUID(0x0e0e0e0eL, ++sequence)), event.organizationId(), event.type(),
                    event.occurredAt(), event.data()));
        }
    }

    @Override
    public synchronized List<OutboxEvent> lockUnpublished(int limit) {
        return recorded.stream().filter(event -> !published.contains(event.id())).limit(limit).toList();
    }

    @Override
    public synchronized void markPublished(List<EventId> ids, Instant at) {
        published.addAll(ids);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> types() {
        return events.stream().map(DomainEvent::type).toList();
    }

    public synchronized void clear() {
        events.clear();
        recorded.clear();
        published.clear();
    }
}
