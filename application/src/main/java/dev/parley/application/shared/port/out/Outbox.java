package dev.parley.application.shared.port.out;

import dev.parley.domain.shared.DomainEvent;
import java.util.List;

/** Durable record of domain events, written in the same transaction as the change that caused them. */
public interface Outbox {
    void append(List<DomainEvent> events);
}
