package dev.parley.adapter.persistence.shared;

import static dev.parley.adapter.persistence.jooq.Tables.OUTBOX_EVENTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.adapter.persistence.jooq.tables.records.OutboxEventsRecord;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.JSONB;

/** Appends domain events to {@code outbox_events} in the caller's transaction, their data as JSON. */
public final class JooqOutbox implements Outbox {
    private final DSLContext dsl;
    private final ObjectMapper json;

    public JooqOutbox(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        InsertValuesStep4<OutboxEventsRecord, Long, String, JSONB, Instant> insert = dsl.insertInto(OUTBOX_EVENTS,
                OUTBOX_EVENTS.ORGANIZATION_ID, OUTBOX_EVENTS.TYPE, OUTBOX_EVENTS.PAYLOAD, OUTBOX_EVENTS.OCCURRED_AT);
        for (DomainEvent event : events) {
            insert = insert.values(event.organizationId().value(), event.type(), payloadOf(event.data()), event.occurredAt());
        }
        insert.execute();
    }

    private JSONB payloadOf(Map<String, Object> data) {
        try {
            return JSONB.valueOf(json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data must be plain JSON values", e);
        }
    }
}
