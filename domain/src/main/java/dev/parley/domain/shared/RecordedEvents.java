package dev.parley.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate has recorded and not yet handed to the outbox. */
public final class RecordedEvents {
    private final List<DomainEvent> pending = new ArrayList<>();

    public void add(DomainEvent event) {
        pending.add(event);
    }

    /** Hands over the recorded events, oldest first, and forgets them. */
    public List<DomainEvent> drain() {
        List<DomainEvent> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
