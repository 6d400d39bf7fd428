package dev.parley.application.fake;

import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.OutboxPurge;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keeps appended events in order for tests to inspect, and hands them out once to a reader. */
public final class InMemoryOutbox implements Outbox, OutboxReader, OutboxPurge {
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<OutboxEvent> recorded = new ArrayList<>();
    private final Map<EventId, Instant> published = new HashMap<>();
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
    public synchronized List<OutboxEvent> takeUnpublished(int limit, Instant at) {
        List<OutboxEvent> taken = recorded.stream().filter(event -> !published.containsKey(event.id())).limit(limit).toList();
        taken.forEach(event -> published.put(event.id(), at));
        return taken;
    }

    @Override
    public synchronized int deletePublishedUpTo(Instant cutoff, int limit) {
        List<OutboxEvent> old = recorded.stream().filter(event -> published.containsKey(event.id()) && !published.get(event.id()).isAfter(cutoff))
                .limit(limit).toList();
        for (OutboxEvent event : old) {
            int index = recorded.indexOf(event);
            recorded.remove(index);
            events.remove(index);
            published.remove(event.id());
        }
        return old.size();
    }

    /** How many events the outbox holds, published or not, for tests that look past the port. */
    public synchronized int size() {
        return recorded.size();
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
